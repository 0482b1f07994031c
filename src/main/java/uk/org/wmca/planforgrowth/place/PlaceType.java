package uk.org.wmca.planforgrowth.place;

import java.util.List;
import java.util.Optional;
import uk.org.wmca.planforgrowth.content.ContentDocument.PlaceRecord;
import uk.org.wmca.planforgrowth.content.ContentType;
import uk.org.wmca.planforgrowth.content.ItemType;
import uk.org.wmca.planforgrowth.fact.Certainty;

/** The place type: a local authority area, keyed by slug, with an embed card found by slug or GSS code. */
public final class PlaceType extends ContentType<Place, PlaceRecord> {

    public PlaceType() {
        super(Place.class, PlaceRecord.class, PlaceService.LIST, PlaceRecord::slug);
    }

    @Override
    public PlaceRecord export(Place p) {
        return new PlaceRecord(
                p.slug,
                p.name,
                p.gssCode,
                p.kind.wireName(),
                p.nameInPlan,
                p.status.wireName(),
                p.note,
                p.source == null ? null : p.source.slug);
    }

    @Override
    public void apply(PlaceRecord r, Place place, Resolver content) {
        place.slug = r.slug();
        place.name = r.name();
        place.gssCode = r.gssCode();
        place.kind = PlaceKind.fromWireName(r.kind());
        place.nameInPlan = r.nameInPlan();
        place.status = Certainty.fromWireName(r.status());
        place.note = r.note();
        place.source = content.optional("place " + r.slug(), ItemType.SOURCE, r.source());
    }

    @Override
    public List<String> uniqueMembers() {
        return List.of("gssCode");
    }

    @Override
    protected void references(PlaceRecord r, References refs) {
        refs.one("source", ItemType.SOURCE, r.source());
    }

    @Override
    public Optional<?> cardView(String key) {
        return bean(PlaceService.class).find(key);
    }

    @Override
    public String cardKeyName() {
        return "slug or GSS code";
    }
}

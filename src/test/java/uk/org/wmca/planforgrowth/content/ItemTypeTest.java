package uk.org.wmca.planforgrowth.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry and the content-file format agree, so a new type cannot be half added. */
class ItemTypeTest {

    @Test
    void everyTypeIsOneMemberOfTheFileFormatHoldingItsDocuments() {
        Set<String> members = Arrays.stream(ContentDocument.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> collections =
                Arrays.stream(ItemType.values()).map(ItemType::collection).collect(Collectors.toSet());
        assertEquals(collections, members);
        for (RecordComponent member : ContentDocument.class.getRecordComponents()) {
            ItemType type = ItemType.fromCollection(member.getName()).orElseThrow();
            Type held = type.isCollection()
                    ? ((ParameterizedType) member.getGenericType()).getActualTypeArguments()[0]
                    : member.getType();
            assertEquals(type.recordType(), held, member.getName());
        }
    }

    @Test
    void theShippedContentReadsBackThroughTheRegistryUnchanged() {
        ContentDocument files = ContentFiles.read();
        assertEquals(files, ContentDocument.of(files::items));
        for (ItemType type : ItemType.values()) {
            assertTrue(!files.items(type).isEmpty(), type + " has content");
        }
    }

    @Test
    void referencesPointOnlyToTypesDeclaredEarlier() {
        ContentDocument files = ContentFiles.read();
        for (ItemType type : ItemType.values()) {
            for (Object document : files.items(type)) {
                List<ItemType.Reference> refs = type.references(document);
                refs.forEach(ref -> assertTrue(
                        ref.target().ordinal() < type.ordinal(),
                        type + " refers to " + ref.target() + " declared later"));
            }
        }
    }
}

package uk.org.wmca.planforgrowth.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.auth.TokenRole;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.common.Envelope;
import uk.org.wmca.planforgrowth.common.Envelopes;
import uk.org.wmca.planforgrowth.common.Meta;
import uk.org.wmca.planforgrowth.common.OpenApiDefinition;
import uk.org.wmca.planforgrowth.common.Problem;
import uk.org.wmca.planforgrowth.common.QueryParameters;
import uk.org.wmca.planforgrowth.content.ContentVersion;

/**
 * Backup you can trust: the whole content out as one JSON document, and back into an empty database. Admin tokens
 * only; never cached.
 */
@Path("/api/v1/admin")
@Tag(name = "Backup")
@RolesAllowed(TokenRole.ADMIN_ROLE)
@SecurityRequirement(name = OpenApiDefinition.BEARER_AUTH)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class BackupResource {

    static final String EXPORT_PATH = "/api/v1/admin/export";
    static final String IMPORT_PATH = "/api/v1/admin/import";

    private final BackupService backups;
    private final Envelopes envelopes;
    private final ContentVersion version;
    private final ApiConfig config;

    BackupResource(BackupService backups, Envelopes envelopes, ContentVersion version, ApiConfig config) {
        this.backups = backups;
        this.envelopes = envelopes;
        this.version = version;
        this.config = config;
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Export the whole content",
            description = "One JSON document holding every published item with its relations, facts and sources (in"
                    + " the content-file format), every draft and, unless revisions=false, every revision. It is read"
                    + " in one transaction, so it is one consistent state. Unlike other responses it is not wrapped"
                    + " in {data, meta, links}: it is a file to keep, and POST /api/v1/admin/import takes it back"
                    + " unchanged. API tokens are not part of it.")
    @Parameter(
            name = "revisions",
            in = ParameterIn.QUERY,
            description = "Include every revision (true, the default) or only the current state (false).",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"true", "false"},
                            defaultValue = "true"))
    @APIResponse(
            responseCode = "200",
            description = "The backup, as a download.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Backup.class)),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment; filename=\"plan-for-growth-backup-v<content version>.json\"",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "An unknown, repeated or empty query parameter, or revisions is neither true nor false.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "bad revisions",
                                            externalValue = "backup/bad-revisions.json")))
    public RestResponse<Backup> exportContent(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("revisions"));
        String revisions = QueryParameters.oneOf(
                "revisions", QueryParameters.first(QueryParameters.of(uri), "revisions"), List.of("true", "false"));
        Backup backup = backups.export(!"false".equals(revisions));
        return RestResponse.ResponseBuilder.ok(backup)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"plan-for-growth-backup-v" + backup.contentVersion() + ".json\"")
                .build();
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a backup into an empty database",
            description = "Writes a document from GET /api/v1/admin/export into a database that holds no content,"
                    + " draft or revision (start the instance with PFG_CONTENT_SEED=false on a new database). The"
                    + " published representations and their ETags then equal the exporting database's. The whole"
                    + " backup is checked first and written in one transaction: it lands whole or not at all.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Backup.class),
                            examples =
                                    @ExampleObject(
                                            name = "backup",
                                            summary = "What GET /api/v1/admin/export gave, lists cut short",
                                            externalValue = "exportContent.json")))
    @APIResponse(
            responseCode = "200",
            description = "What was imported.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportedEnvelope.class)))
    @APIResponse(
            responseCode = "400",
            description = "The body is missing, not JSON or not an object, or a query parameter was sent.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(name = "malformed JSON", externalValue = "backup/malformed.json")))
    @APIResponse(
            responseCode = "409",
            description = "The database is not empty.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not empty", externalValue = "backup/not-empty.json")))
    @APIResponse(
            responseCode = "413",
            description = "The body is over pfg.editing.max-import-bytes.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "too large", externalValue = "backup/too-large.json")))
    @APIResponse(responseCode = "415", ref = OpenApiDefinition.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(
            responseCode = "422",
            description = "The backup is not valid: a wrong format, an invalid item, a reference to nothing, a"
                    + " duplicate. errors names each place.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", externalValue = "backup/invalid.json")))
    public RestResponse<Envelope<BackupService.Imported>> importContent(@Context UriInfo uri, byte[] body) {
        QueryParameters.allowOnly(uri, Set.of());
        Backup backup = backups.parse(body, config.editing().maxImportBytes());
        BackupService.Imported imported = backups.importBackup(backup);
        version.refresh(); // this instance shows the imported content at once; the others within a poll
        return envelopes.item(imported, IMPORT_PATH);
    }

    /** The response of an import, for the OpenAPI document. */
    @Schema(name = "ImportedEnvelope")
    record ImportedEnvelope(
            @Schema(required = true) BackupService.Imported data,
            @Schema(required = true) Meta meta,

            @Schema(required = true, description = "Links: self.")
            Map<String, String> links) {}
}

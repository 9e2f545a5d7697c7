package org.preau.api;


import jakarta.servlet.http.HttpServletRequest;
import org.preau.base.BoundedInput;
import org.preau.base.Texts;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.pupil.PupilFileRefusedException;
import org.preau.pupil.PupilImport;
import org.preau.pupil.PupilImportPreview;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.ImportRefusedException;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.PreviewLine;
import org.preau.siecle.SiecleImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/imports/siecle-bee} and {@code /api/imports/nomenclature}: the file as the
 * body or as the multipart part {@code file}, {@code annee} the school year's start,
 * {@code confirm=false} (preview only, the default) or {@code true} (preview then write). The
 * answer is the preview's JSON, the lists cut at {@value #LIST_MAX} lines (the counts are whole).
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportApiController.class);
    static final int LIST_MAX = 1000;

    private final SiecleImports imports;
    private final SchoolYearService schoolYears;
    private final PupilImport pupils;

    ImportApiController(SiecleImports imports, SchoolYearService schoolYears, PupilImport pupils) {
        this.imports = imports;
        this.schoolYears = schoolYears;
        this.pupils = pupils;
    }

    /**
     * One handler for every body: the query string is read by hand, never through the request's
     * parameters, so that a body sent as a form (curl's default) is not parsed as one.
     */
    @PostMapping(path = "/{kind}")
    ResponseEntity<Object> post(@PathVariable String kind, HttpServletRequest request) throws IOException {
        MultiValueMap<String, String> query = UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams();
        String annee = query.getFirst("annee");
        if (annee == null || !annee.matches("[0-9]{4}")) return error(HttpStatus.BAD_REQUEST, Texts.get("api.error.annee"));
        boolean confirm = "true".equalsIgnoreCase(query.getFirst("confirm"));
        String fileName = query.getFirst("fichier");
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) return error(HttpStatus.BAD_REQUEST, Texts.get("api.error.noFile"));
            try (InputStream in = file.getInputStream()) {
                return run(kind, Integer.parseInt(annee), confirm, file.getOriginalFilename(), in);
            }
        }
        return run(kind, Integer.parseInt(annee), confirm, fileName == null ? null : UriUtils.decode(fileName, StandardCharsets.UTF_8),
                request.getInputStream());
    }

    /** Whatever goes wrong answers JSON with a reference that is also in the log, never a redirection to the login page. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (e instanceof org.springframework.security.access.AccessDeniedException) return error(HttpStatus.FORBIDDEN, Texts.get("api.error.forbidden"));
        String id = java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        log.error("API import failed [{}]", id, e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, Texts.get("error.unexpected", id));
    }

    private ResponseEntity<Object> run(String kindName, int annee, boolean confirm, String fileName, InputStream body) throws IOException {
        if ("eleves-csv".equals(kindName)) return pupilCsv(annee, confirm, fileName, body);
        ImportKind kind = switch (kindName) {
            case "siecle-bee" -> ImportKind.SIECLE_BEE;
            case "nomenclature" -> ImportKind.NOMENCLATURE;
            default -> null;
        };
        if (kind == null) return error(HttpStatus.NOT_FOUND, Texts.get("api.error.kind", kindName));
        SchoolYearView year = schoolYears.list().stream().filter(y -> y.startYear() == annee).findFirst().orElse(null);
        if (year == null) return error(HttpStatus.UNPROCESSABLE_CONTENT, Texts.get("api.error.year", annee + "-" + (annee + 1)));
        String name = fileName == null || fileName.isBlank()
                ? (kind == ImportKind.SIECLE_BEE ? "ElevesSansAdresses.xml" : "Nomenclature.xml")
                : fileName.replaceAll(".*[/\\\\]", "");
        Path upload = Files.createTempFile("preau-api", ".upload");
        try {
            if (!BoundedInput.copyAtMost(body, upload, imports.maxBytes())) {
                return error(HttpStatus.CONTENT_TOO_LARGE, Texts.get("siecle.error.tooLarge", imports.maxBytes() / (1024 * 1024)));
            }
            PreparedImport prepared = imports.prepare(kind, year.id(), name, upload, null);
            if (prepared.preview().refused()) return ResponseEntity.unprocessableContent().body(cut(prepared.preview()));
            try {
                ImportPreview answer = confirm ? imports.confirm(prepared, null) : prepared.preview();
                return ResponseEntity.ok(cut(answer));
            } catch (ImportRefusedException e) {
                return error(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            }
        } finally {
            Files.deleteIfExists(upload);
        }
    }


    /** A Belgian school's pupil CSV ({@code docs/pupil-csv.md}): the same preview or confirmation as the screen. */
    private ResponseEntity<Object> pupilCsv(int annee, boolean confirm, String fileName, InputStream body) throws IOException {
        SchoolYearView year = schoolYears.list().stream().filter(y -> y.startYear() == annee).findFirst().orElse(null);
        if (year == null) return error(HttpStatus.UNPROCESSABLE_CONTENT, Texts.get("api.error.year", annee + "-" + (annee + 1)));
        byte[] content = body.readNBytes(pupils.maxBytes() + 1);
        if (content.length > pupils.maxBytes()) {
            return error(HttpStatus.CONTENT_TOO_LARGE, Texts.get("pupil.csv.error.tooLarge", pupils.maxBytes() / (1024 * 1024)));
        }
        String name = fileName == null || fileName.isBlank() ? "eleves.csv" : fileName.replaceAll(".*[/\\\\]", "");
        try {
            PupilImportPreview p = pupils.run(year.id(), name, content, confirm);
            return ResponseEntity.ok(new PupilImportPreview(p.fileName(), p.schoolYear(), p.lines(), firstOf(p.arrivals()), firstOf(p.leavers()),
                    firstOf(p.changes()), p.unchanged(), p.warnings(), p.perClass(), p.written(), p.exchangeId()));
        } catch (PupilFileRefusedException e) {
            return ResponseEntity.unprocessableContent().body(Map.of("error", e.getMessage(), "problems", e.problems()));
        }
    }

    private static <T> List<T> firstOf(List<T> lines) {
        return lines.size() <= LIST_MAX ? lines : lines.subList(0, LIST_MAX);
    }

    private static ImportPreview cut(ImportPreview p) {
        return new ImportPreview(p.kind(), p.fileName(), p.fileYear(), p.exportDate(), p.refused(), p.summary(), p.counts(),
                p.perDivision(), first(p.arrivals()), first(p.leavers()), first(p.changes()), p.warnings(), p.errors(), p.written());
    }

    private static List<PreviewLine> first(List<PreviewLine> lines) {
        return lines.size() <= LIST_MAX ? lines : lines.subList(0, LIST_MAX);
    }

    private static ResponseEntity<Object> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }
}

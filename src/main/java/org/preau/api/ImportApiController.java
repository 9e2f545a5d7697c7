package org.preau.api;

import jakarta.servlet.http.HttpServletRequest;
import org.preau.base.Texts;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearView;
import org.preau.siecle.ImportKind;
import org.preau.siecle.ImportPreview;
import org.preau.siecle.PreparedImport;
import org.preau.siecle.PreviewLine;
import org.preau.siecle.SiecleImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    static final int LIST_MAX = 1000;

    private final SiecleImports imports;
    private final SchoolYearService schoolYears;

    ImportApiController(SiecleImports imports, SchoolYearService schoolYears) {
        this.imports = imports;
        this.schoolYears = schoolYears;
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> multipart(@PathVariable String kind, @RequestParam int annee,
                                     @RequestParam(defaultValue = "false") boolean confirm,
                                     @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return run(kind, annee, confirm, file.getOriginalFilename(), in);
        }
    }

    @PostMapping(path = "/{kind}")
    ResponseEntity<Object> body(@PathVariable String kind, @RequestParam int annee,
                                @RequestParam(defaultValue = "false") boolean confirm,
                                @RequestParam(name = "fichier", required = false) String fileName,
                                HttpServletRequest request) throws IOException {
        return run(kind, annee, confirm, fileName, request.getInputStream());
    }

    private ResponseEntity<Object> run(String kindName, int annee, boolean confirm, String fileName, InputStream body) throws IOException {
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
            if (!copyBounded(body, upload, imports.maxBytes())) {
                return error(HttpStatus.CONTENT_TOO_LARGE, Texts.get("siecle.error.tooLarge", imports.maxBytes() / (1024 * 1024)));
            }
            PreparedImport prepared = imports.prepare(kind, year.id(), name, upload, null);
            if (prepared.preview().refused()) return ResponseEntity.unprocessableContent().body(cut(prepared.preview()));
            ImportPreview answer = confirm ? imports.confirm(prepared, null) : prepared.preview();
            return ResponseEntity.ok(cut(answer));
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private static boolean copyBounded(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[256 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) return false;
                out.write(buffer, 0, n);
            }
        }
        return true;
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

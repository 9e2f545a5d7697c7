package org.preau.siecle;

import org.preau.establishment.EtablissementSummary;
import org.preau.establishment.EtablissementService;
import org.preau.establishment.SchoolSystem;
import org.preau.establishment.SchoolYearView;
import org.preau.exchange.ExchangeKind;
import org.preau.staff.StaffFileRefusedException;
import org.preau.staff.StaffImportFile;
import org.preau.staff.StaffImportPreview;
import org.preau.staff.StaffImportResult;
import org.preau.staff.StaffSync;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * The STS-WEB import: the staff, their functions and the divisions and groups they serve, for
 * one school year of a French establishment. First a preview (nothing written), then, on
 * confirmation, one transaction. Every refused file is recorded in the exchange history with
 * its message and the file itself.
 */
@Service
public class StsWebImport {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StsWebImport.class);

    private final StaffSync staff;
    private final EtablissementService establishments;
    private final Clock clock;

    StsWebImport(StaffSync staff, EtablissementService establishments, Clock clock) {
        this.staff = staff;
        this.establishments = establishments;
        this.clock = clock;
    }

    /**
     * Reads the upload (XML or SIECLE's ZIP) and compares it with the stored staff of the year.
     *
     * @throws ImportRefusedException     the file is refused as a whole (recorded in the history)
     * @throws StaffFileRefusedException  the year cannot take an import (closed)
     */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportPreview preview(String fileName, byte[] content, long schoolYearId, DoubleConsumer progress) {
        StaffImportFile file = new StaffImportFile(ExchangeKind.STS_WEB, fileName, contentType(fileName, content), content, clock.instant());
        SchoolYearView year = staff.importableYear(schoolYearId);
        try {
            EtablissementSummary establishment = establishments.currentSummary().orElseThrow();
            if (establishment.schoolSystem() != SchoolSystem.FR) throw new ImportRefusedException(null, "siecle.sts.error.notFrench");
            long started = System.nanoTime();
            XmlUpload upload = XmlUpload.read(fileName, new ByteArrayInputStream(content), XmlUpload.DEFAULT_MAX_BYTES);
            StsWebFile sts = StsWebReader.read(upload, establishment.code(), year.startYear(), p -> progress.accept(p * 0.8));
            long read = System.nanoTime();
            StaffImportPreview preview = staff.preview(file, year.id(), sts.snapshot(), sts.counts(), sts.warnings());
            progress.accept(1.0);
            log.info("STS-WEB file '{}' ({} bytes, {} people) read in {} ms, compared in {} ms", fileName, content.length,
                    sts.snapshot().people().size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
            return preview;
        } catch (ImportRefusedException e) {
            staff.recordRefusal(file, year.id(), e.getMessage(), e.location());
            throw e;
        }
    }

    /** Writes a preview in one transaction and records the import; returns its history row. */
    @PreAuthorize("hasAnyRole('SECRETARY', 'DIRECTOR')")
    public StaffImportResult confirm(StaffImportPreview preview, DoubleConsumer progress) {
        if (preview.file().kind() != ExchangeKind.STS_WEB) throw new IllegalArgumentException("Not an STS-WEB preview");
        return staff.confirm(preview, progress);
    }

    private static String contentType(String fileName, byte[] content) {
        boolean zip = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
        return zip || fileName.toLowerCase(Locale.ROOT).endsWith(".zip") ? "application/zip" : "application/xml";
    }
}

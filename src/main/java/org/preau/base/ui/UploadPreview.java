package org.preau.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.preau.base.LocatedRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way to build an import screen: upload (French texts, size limit checked again on the
 * server while receiving) → background read with a progress bar → the screen's preview →
 * <em>Confirmer</em> / <em>Annuler</em> → the result with a link to the exchange history. A refused
 * file shows the located errors (what and where) and nothing is written.
 * <p>{@code base} knows no other module, so the background runner and the history link come in:
 * <pre>{@code
 * UploadPreview<PupilPreview, PupilResult> panel = new UploadPreview<PupilPreview, PupilResult>("pupils", 5 * 1024 * 1024, backgroundWork::submit)
 *         .accept(".csv", ".txt")
 *         .reader((file, progress) -> pupils.preview(file.name(), file.bytes(), progress))
 *         .preview(p -> new PupilPreviewGrid(p))                       // what would change
 *         .refusedWhen(p -> p.errors())                                // optional: a preview that blocks
 *         .writer((file, p, progress) -> pupils.confirm(p, progress))
 *         .result(r -> new Paragraph(r.summary()))
 *         .history(r -> "echanges/historique?echange=" + r.exchangeId());
 * add(panel);
 * }</pre>
 * Exceptions implementing {@link LocatedRefusal} are shown as refusals; any other is logged with
 * a reference that the user sees. Element ids start with the given prefix ({@code pupils-upload},
 * {@code pupils-confirm}, …).
 *
 * @param <P> the preview the feature's service returns (nothing written yet)
 * @param <R> what the confirmation returns
 */
public class UploadPreview<P, R> extends Div {

    private static final Logger log = LoggerFactory.getLogger(UploadPreview.class);

    /** Runs work off the request thread, as the signed-in user (the security module's {@code BackgroundWork::submit}). */
    @FunctionalInterface
    public interface Background {
        Future<?> submit(Callable<Void> work);
    }

    /** Reads and checks the file; writes nothing. */
    @FunctionalInterface
    public interface Reader<P> {
        P read(UploadedFile file, DoubleConsumer progress);
    }

    /** Writes what the preview showed. */
    @FunctionalInterface
    public interface Writer<P, R> {
        R write(UploadedFile file, P preview, DoubleConsumer progress);
    }

    private final String prefix;
    private final long maxBytes;
    private final Background background;
    final Upload upload;
    final ProgressLine line;
    final LocatedMessages refusal;
    final Div preview = new Div();
    final Button confirm = new Button();
    final Button cancel = new Button();
    final HorizontalLayout actions = new HorizontalLayout(confirm, cancel);
    final Div result = new Div();

    private Reader<P> reader;
    private Writer<P, R> writer;
    private Function<P, Component> previewContent = p -> new Div();
    private Function<P, List<LocatedMessage>> blocking = p -> List.of();
    private Function<R, Component> resultContent = r -> new Div();
    private Function<R, String> history = r -> null;
    private Supplier<String> precondition = () -> null;
    private UploadedFile file;
    private P shown;
    private Future<?> work;

    public UploadPreview(String idPrefix, long maxBytes, Background background) {
        this.prefix = idPrefix;
        this.maxBytes = maxBytes;
        this.background = background;
        addClassName("upload-preview");
        upload = BoundedUpload.create(maxBytes, this::received);
        upload.setId(idPrefix + "-upload");
        FrenchUpload.configure(upload, maxBytes, Notify::error);
        line = new ProgressLine(idPrefix);
        refusal = new LocatedMessages(idPrefix + "-refusal");
        preview.setId(idPrefix + "-preview");
        preview.setVisible(false);
        confirm.setText(getTranslation("upload.confirm"));
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> startWriting());
        cancel.setText(getTranslation("upload.cancel"));
        cancel.setId(idPrefix + "-cancel");
        cancel.addClickListener(e -> {
            clear();
            line.say(getTranslation("upload.cancelled"));
        });
        actions.setId(idPrefix + "-actions");
        actions.setVisible(false);
        result.setId(idPrefix + "-result");
        result.setVisible(false);
        add(upload, line, refusal, preview, actions, result);
    }

    public UploadPreview<P, R> accept(String... types) {
        upload.setAcceptedFileTypes(types);
        return this;
    }

    /** The upload button's text, when "Choisir le fichier…" is not precise enough. */
    public UploadPreview<P, R> uploadButton(String text) {
        Button button = new Button(text);
        upload.setUploadButton(button);
        return this;
    }

    public UploadPreview<P, R> reader(Reader<P> read) {
        this.reader = read;
        return this;
    }

    public UploadPreview<P, R> preview(Function<P, Component> content) {
        this.previewContent = content;
        return this;
    }

    /** The errors that make a read file unfit for writing (empty when it may be confirmed). */
    public UploadPreview<P, R> refusedWhen(Function<P, List<LocatedMessage>> errors) {
        this.blocking = errors;
        return this;
    }

    public UploadPreview<P, R> writer(Writer<P, R> write) {
        this.writer = write;
        return this;
    }

    public UploadPreview<P, R> result(Function<R, Component> content) {
        this.resultContent = content;
        return this;
    }

    /** The route of the exchange's page in the history, or null when the result has none. */
    public UploadPreview<P, R> history(Function<R, String> route) {
        this.history = route;
        return this;
    }

    /** Checked when a file arrives: a French message when the screen is not ready (no year chosen), else null. */
    public UploadPreview<P, R> precondition(Supplier<String> problem) {
        this.precondition = problem;
        return this;
    }

    public Upload upload() {
        return upload;
    }

    public Button confirmButton() {
        return confirm;
    }

    public Button cancelButton() {
        return cancel;
    }

    public ProgressBar progressBar() {
        return line.bar;
    }

    /** Where the preview shows, visible while it waits for Confirmer or Annuler. */
    public Div previewArea() {
        return preview;
    }

    /** Where a refusal shows what is wrong and where. */
    public Div refusalArea() {
        return refusal;
    }

    /** Where the written import's result and history link show. */
    public Div resultArea() {
        return result;
    }

    /** The background work under way or last done (tests wait on it). */
    public Future<?> work() {
        return work;
    }

    /** The preview on screen, or null. */
    public P shown() {
        return shown;
    }

    /** Shows a refusal that is not about a file (no open year, module off): nothing can be uploaded. */
    public void refuse(List<LocatedMessage> messages) {
        clear();
        refusal.show(getTranslation("upload.refused.title"), messages, getTranslation("upload.refused.nothing"));
    }

    /** Nothing can be imported for now (no open year, module off): says why and hides the upload. */
    public void unavailable(String why) {
        clear();
        upload.setVisible(false);
        refusal.show(getTranslation("upload.unavailable"), List.of(new LocatedMessage(why, null)), null);
    }

    void received(UploadedFile arrived, boolean withinLimit) {
        if (busy()) {
            arrived.delete();
            Notify.error(getTranslation("upload.busy"));
            return;
        }
        clear();
        String problem = withinLimit ? precondition.get() : getTranslation("upload.rejected", FrenchUpload.megabytes(maxBytes));
        if (problem != null) {
            arrived.delete();
            refuse(List.of(new LocatedMessage(problem, null)));
            return;
        }
        file = arrived;
        UploadedFile reading = arrived;
        run(getTranslation("upload.reading", arrived.name()), step -> {
            P read = reader.read(reading, step);
            return () -> showPreview(read);
        });
    }

    private void showPreview(P read) {
        List<LocatedMessage> errors = blocking.apply(read);
        if (!errors.isEmpty()) {
            refuse(errors);
            return;
        }
        shown = read;
        // one decision at a time: a new file only after Confirmer or Annuler
        upload.setVisible(false);
        preview.removeAll();
        preview.add(previewContent.apply(read));
        preview.setVisible(true);
        confirm.setEnabled(true);
        cancel.setEnabled(true);
        actions.setVisible(true);
        line.say(getTranslation("upload.previewReady"));
    }

    void startWriting() {
        if (shown == null || busy()) return;
        P confirmed = shown;
        UploadedFile written = file;
        confirm.setEnabled(false);
        cancel.setEnabled(false);
        run(getTranslation("upload.writing"), step -> {
            R done = writer.write(written, confirmed, step);
            return () -> showResult(done);
        });
    }

    private void showResult(R done) {
        clear();
        result.add(resultContent.apply(done));
        String route = history.apply(done);
        if (route != null) {
            Anchor link = new Anchor(route, getTranslation("upload.history"));
            link.setId(prefix + "-history");
            result.add(new Div(link));
        }
        result.setVisible(true);
        line.say(getTranslation("upload.written"));
        Notify.success(getTranslation("upload.written"));
    }

    /** What the background work hands back to the page. */
    private interface Step {
        Runnable run(DoubleConsumer progress);
    }

    private void run(String message, Step step) {
        UI ui = UI.getCurrent();
        line.start(ui, message);
        upload.setVisible(false);
        work = background.submit(() -> {
            Runnable show;
            try {
                show = step.run(line.reporter(ui));
            } catch (RuntimeException e) {
                show = () -> failed(e);
            }
            Runnable then = show;
            ui.access(() -> {
                line.stop(ui);
                upload.setVisible(true);
                upload.clearFileList();
                then.run();
            });
            return null;
        });
    }

    private void failed(RuntimeException e) {
        if (e instanceof LocatedRefusal refused) {
            refuse(List.of(new LocatedMessage(refused.getMessage(), refused.location())));
            return;
        }
        String id = ErrorReporting.newErrorId();
        log.error("Import of '{}' failed [{}]", file == null ? "?" : file.name(), id, e);
        refuse(List.of(new LocatedMessage(getTranslation("error.unexpected", id), null)));
    }

    private boolean busy() {
        return work != null && !work.isDone();
    }

    /** Back to "choose a file": preview, refusal and result gone, the received file deleted. */
    private void clear() {
        shown = null;
        upload.setVisible(true);
        if (file != null) file.delete();
        file = null;
        preview.removeAll();
        preview.setVisible(false);
        actions.setVisible(false);
        refusal.hide();
        result.removeAll();
        result.setVisible(false);
        line.say("");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (!busy()) {
            if (file != null) file.delete();
            file = null;
        }
        super.onDetach(detachEvent);
    }
}

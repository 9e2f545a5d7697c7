package org.preau.learner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.preau.learner.LearnerRecordService;
import org.preau.learner.LearnerRecordView;
import org.preau.learner.RecordDraft;
import org.preau.learner.RecordKind;
import org.preau.learner.RecordRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.List;

/**
 * Shows a record, and lets its author (a teacher of the learner's division) write or edit it. What
 * the author types is kept as a draft in the browser tab ({@code sessionStorage}) until saved or
 * cancelled: when the server node holding the session stops, the tab comes back to the sign-in page,
 * and the same dialog opened again after signing in gives the text back (docs/production.md, Sessions).
 */
class RecordDialog extends Dialog {

    /** Keeps the title and content in the tab on every keystroke, and answers the draft kept earlier, if any. */
    private static final String KEEP_DRAFT = """
            const [key, title, content] = [$0, $1, $2];
            const keep = () => sessionStorage.setItem(key, JSON.stringify({title: title.value, content: content.value}));
            title.addEventListener('input', keep);
            content.addEventListener('input', keep);
            return sessionStorage.getItem(key);""";

    private static final String NEW_KEY = "learner.record.new.";

    final DatePicker date = new DatePicker();
    final TextField title = new TextField();
    final TextArea content = new TextArea();
    final Button save = new Button();
    final Paragraph error = new Paragraph();
    final Paragraph draftNote = new Paragraph();
    private final String draftKey;

    /** @param draftKey where the browser tab keeps what is typed (the user, learner, kind and record in it) */
    RecordDialog(LearnerRecordService records, long learnerId, RecordKind kind, LearnerRecordView record, String draftKey, Runnable saved) {
        this.draftKey = draftKey;
        boolean editable = record == null || record.editable();
        setHeaderTitle(getTranslation(record == null ? NEW_KEY + kind.name() : kind.translationKey()));
        setWidth("40em");
        setMaxWidth("100%");
        date.setLabel(getTranslation("learner.record.date"));
        date.setId("record-date");
        date.setLocale(java.util.Locale.FRANCE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        java.text.DateFormatSymbols french = java.text.DateFormatSymbols.getInstance(java.util.Locale.FRANCE);
        i18n.setMonthNames(List.of(french.getMonths()).subList(0, 12));
        i18n.setWeekdays(List.of(french.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(french.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("learner.record.today"));
        i18n.setCancel(getTranslation("learner.record.cancel"));
        date.setI18n(i18n);
        date.setMax(records.today());
        title.setLabel(getTranslation("learner.record.title"));
        title.setId("record-title");
        title.setMaxLength(200);
        title.setWidthFull();
        content.setLabel(getTranslation("learner.record.content"));
        content.setId("record-content");
        content.setMaxLength(20_000);
        content.setWidthFull();
        content.setMinHeight("12em");
        error.addClassName("record-error");
        if (record != null) {
            date.setValue(record.date());
            title.setValue(record.title());
            content.setValue(record.content());
        } else {
            date.setValue(records.today());
        }
        date.setReadOnly(!editable);
        title.setReadOnly(!editable);
        content.setReadOnly(!editable);
        FormLayout form = new FormLayout(date, title, content);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        draftNote.setId("record-draft-restored");
        draftNote.setVisible(false);
        add(draftNote, form, error);
        if (editable) keepDraft();

        Button close = new Button(getTranslation(editable ? "learner.record.cancel" : "learner.record.close"), e -> {
            if (editable) forgetDraft();
            close();
        });
        close.setId("record-close");
        if (editable) {
            save.setText(getTranslation("learner.record.save"));
            save.setId("record-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> {
                RecordDraft draft = new RecordDraft(kind, date.getValue(), title.getValue(), content.getValue());
                try {
                    if (record == null) records.create(learnerId, draft);
                    else records.update(record.id(), record.version(), draft);
                    forgetDraft();
                    saved.run();
                    close();
                    Notification.show(getTranslation("learner.record.saved"), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                } catch (RecordRejectedException rejected) {
                    showRejection(getTranslation(rejected.messageKey(), rejected.arguments()), rejected.messageKey());
                } catch (OptimisticLockingFailureException conflict) {
                    showRejection(getTranslation("learner.record.conflict"), "");
                }
            });
            getFooter().add(close, save);
        } else {
            getFooter().add(close);
        }
    }

    /** Once the dialog is in the page: the tab keeps each keystroke, and a draft left by a lost session comes back. */
    private void keepDraft() {
        addAttachListener(attached -> getElement().executeJs(KEEP_DRAFT, draftKey, title.getElement(), content.getElement())
                .then(String.class, this::restore));
    }

    private void restore(String kept) {
        if (kept == null || kept.isBlank()) return;
        try {
            tools.jackson.databind.JsonNode draft = tools.jackson.databind.json.JsonMapper.shared().readTree(kept);
            String keptTitle = draft.path("title").asString("");
            String keptContent = draft.path("content").asString("");
            if (keptTitle.isBlank() && keptContent.isBlank()) return;
            if (keptTitle.equals(title.getValue()) && keptContent.equals(content.getValue())) return;
            title.setValue(keptTitle);
            content.setValue(keptContent);
            draftNote.setText(getTranslation("learner.record.draftRestored"));
            draftNote.setVisible(true);
        } catch (tools.jackson.core.JacksonException unreadable) {
            forgetDraft(); // not ours, or cut short: nothing to give back
        }
    }

    /** On the page, not the dialog: the dialog closes at once, and a script of a closed dialog is dropped. */
    private void forgetDraft() {
        getUI().ifPresent(ui -> ui.getPage().executeJs("sessionStorage.removeItem($0)", draftKey));
    }

    /** The message goes in red under the field it is about; only what concerns no field goes under the form. */
    private void showRejection(String message, String key) {
        date.setInvalid(false);
        title.setInvalid(false);
        content.setInvalid(false);
        error.setText("");
        if (key.endsWith(".date") || key.endsWith(".future")) {
            date.setErrorMessage(message);
            date.setInvalid(true);
        } else if (key.contains(".title")) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        } else if (key.contains(".content")) {
            content.setErrorMessage(message);
            content.setInvalid(true);
        } else {
            error.setText(message);
        }
    }
}

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

/** Shows a record, and lets its author (a teacher of the learner's division) write or edit it. */
class RecordDialog extends Dialog {

    private static final String NEW_KEY = "learner.record.new.";

    final DatePicker date = new DatePicker();
    final TextField title = new TextField();
    final TextArea content = new TextArea();
    final Button save = new Button();
    final Paragraph error = new Paragraph();

    RecordDialog(LearnerRecordService records, long learnerId, RecordKind kind, LearnerRecordView record, Runnable saved) {
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
        add(form, error);

        Button close = new Button(getTranslation(editable ? "learner.record.cancel" : "learner.record.close"), e -> close());
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

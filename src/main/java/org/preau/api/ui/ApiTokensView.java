package org.preau.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.preau.api.ApiScope;
import org.preau.api.ApiTokenService;
import org.preau.establishment.SchoolYearService;
import org.preau.establishment.SchoolYearState;
import org.preau.establishment.SchoolYearView;
import org.preau.api.ApiTokenView;
import org.preau.api.CreatedApiToken;
import org.preau.api.InvalidApiTokenNameException;
import org.preau.security.Roles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Paramètres › API: the director creates a token for a script (shown once) and revokes the
 * ones no longer used.
 */
@Route("parametres/api")
@Menu(order = 940, title = "nav.parametres.api")
@RolesAllowed(Roles.DIRECTOR)
public class ApiTokensView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ApiTokenService tokens;
    final TextField name = new TextField();
    final Button create = new Button();
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>();
    final Grid<ApiTokenView> grid = new Grid<>();
    String lastShownToken;

    public ApiTokensView(ApiTokenService tokens, SchoolYearService years) {
        this.tokens = tokens;
        addClassName("api-tokens-view");
        add(new Paragraph(getTranslation("api.intro")));

        name.setId("token-name");
        name.setLabel(getTranslation("api.name"));
        name.setHelperText(getTranslation("api.name.help"));
        name.setMaxLength(100);
        name.setWidth("22em");
        scopes.setId("token-scopes");
        scopes.setLabel(getTranslation("api.scopes"));
        scopes.setHelperText(getTranslation("api.scopes.help"));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> getTranslation(scope.labelKey()));
        scopes.setValue(java.util.Set.of(ApiScope.IMPORTS));
        create.setText(getTranslation("api.create"));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, scopes, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.setId("tokens");
        grid.setEmptyStateText(getTranslation("api.tokens.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokenView::name).setHeader(getTranslation("api.column.name")).setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("api.column.prefix")).setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().sorted().map(scope -> getTranslation(scope.labelKey()))
                .collect(java.util.stream.Collectors.joining(", "))).setHeader(getTranslation("api.column.scopes")).setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt()) + " (" + t.createdBy() + ")").setHeader(getTranslation("api.column.created")).setAutoWidth(true);
        grid.addColumn(t -> when(t.lastUsedAt())).setHeader(getTranslation("api.column.lastUsed")).setAutoWidth(true);
        grid.addColumn(t -> t.active() ? getTranslation("api.active") : getTranslation("api.revokedOn", when(t.revokedAt())))
                .setHeader(getTranslation("api.column.status")).setAutoWidth(true);
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("api.revoke"));
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
            revoke.setEnabled(t.active());
            revoke.addClickListener(e -> confirmRevoke(t));
            return revoke;
        });
        grid.setAllRowsVisible(true);
        // The example names the year en cours: a year the school does not have would be refused.
        int year = years.list().stream().filter(y -> y.state() == SchoolYearState.EN_COURS).mapToInt(SchoolYearView::startYear)
                .findFirst().orElse(years.requireCurrent().startYear());
        Pre example = new Pre(getTranslation("api.curl", String.valueOf(year)));
        example.setId("api-curl");
        example.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(form, grid, new Paragraph(getTranslation("api.usage")), example);
        refresh();
    }

    void create() {
        try {
            CreatedApiToken created = tokens.create(name.getValue(), scopes.getValue());
            lastShownToken = created.token();
            name.clear();
            name.setInvalid(false);
            scopes.setInvalid(false);
            refresh();
            Dialog shown = new Dialog();
            shown.setId("token-created");
            shown.setHeaderTitle(getTranslation("api.created.title", created.view().name()));
            Pre token = new Pre(created.token());
            token.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            token.setId("token-value");
            shown.add(new Paragraph(getTranslation("api.created.once")), token);
            Button close = new Button(getTranslation("api.close"), e -> shown.close());
            close.setId("token-close");
            shown.getFooter().add(close);
            shown.open();
        } catch (InvalidApiTokenNameException e) {
            if ("api.error.scope.required".equals(e.messageKey())) {
                scopes.setErrorMessage(getTranslation(e.messageKey()));
                scopes.setInvalid(true);
                return;
            }
            name.setErrorMessage(getTranslation(e.messageKey()));
            name.setInvalid(true);
        }
    }

    private void confirmRevoke(ApiTokenView token) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("api.revoke.title", token.name()), getTranslation("api.revoke.text"),
                getTranslation("api.revoke"), e -> {
            tokens.revoke(token.id());
            refresh();
            Notification.show(getTranslation("api.revoked"), 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("api.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void refresh() {
        grid.setItems(tokens.list());
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.title");
    }
}

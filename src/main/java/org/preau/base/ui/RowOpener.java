package org.preau.base.ui;

import com.vaadin.flow.component.grid.Grid;

import java.util.function.Consumer;

/**
 * A grid whose rows open something (a learner's page, a staff record, an exchange's detail), by
 * mouse and by keyboard. {@code addItemClickListener} hears the mouse only: a keyboard user on a
 * row pressed Space or Enter and nothing opened. The grid's own {@code cell-activate} event
 * comes from a click and from Space; Enter on a row (outside a cell's own controls) sends the
 * same event, as a list of links would open on Enter.
 */
public final class RowOpener {

    private RowOpener() {
    }

    public static <T> void onOpen(Grid<T> grid, Consumer<T> open) {
        grid.getElement().addEventListener("cell-activate", event -> {
            var node = event.getEventData().get("event.detail.model.item.key");
            String key = node == null || node.isNull() ? null : node.asString();
            T item = key == null ? null : grid.getDataCommunicator().getKeyMapper().get(key);
            if (item != null) open.accept(item);
        }).addEventData("event.detail.model.item.key");
        grid.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Enter' || this.interacting || typeof this.__getRowModel !== 'function') return;
                  const cell = e.composedPath()[0];
                  if (!cell || !cell.part || !cell.part.contains('body-cell')) return;
                  e.preventDefault();
                  this.dispatchEvent(new CustomEvent('cell-activate', {detail: {model: this.__getRowModel(cell.parentElement)}}));
                });""");
    }
}

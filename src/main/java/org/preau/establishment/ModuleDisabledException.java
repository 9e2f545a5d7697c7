package org.preau.establishment;

import org.preau.base.Texts;
import org.preau.base.TranslatedException;

/** A call to a module that is switched off for the current establishment. The message is French. */
public class ModuleDisabledException extends TranslatedException {

    private final PreauModule module;

    public ModuleDisabledException(PreauModule module) {
        super("module.disabled", Texts.get(module.translationKey()));
        this.module = module;
    }

    public PreauModule module() {
        return module;
    }
}

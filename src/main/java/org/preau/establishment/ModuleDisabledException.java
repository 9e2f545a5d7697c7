package org.preau.establishment;

import org.preau.base.Texts;

/** A call to a module that is switched off for the current establishment. The message is French. */
public class ModuleDisabledException extends RuntimeException {

    private final PreauModule module;

    public ModuleDisabledException(PreauModule module) {
        super(Texts.get("module.disabled", Texts.get(module.translationKey())));
        this.module = module;
    }

    public PreauModule module() {
        return module;
    }
}

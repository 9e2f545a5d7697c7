package org.preau.establishment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: the module it belongs to. The side menu hides the view and navigation to it is
 * refused while the module is off for the current establishment.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresModule {
    PreauModule value();

    /**
     * The view is the module's own switch: shown wherever the module is offered (the school system
     * has it), whether it is on or off.
     */
    boolean switchOnly() default false;
}

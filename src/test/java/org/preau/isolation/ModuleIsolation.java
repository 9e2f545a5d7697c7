package org.preau.isolation;

/**
 * The one place per module that says how the tenant-isolation suite calls the module's entry
 * points with another establishment's ids. A new module adds a class implementing this in this
 * package (the suite finds it); a new public method, route or endpoint adds a line to its module's.
 */
interface ModuleIsolation {

    /** The module's name, as the package under {@code org.preau}. */
    String module();

    void declare(Cases cases);
}

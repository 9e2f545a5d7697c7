/**
 * What every screen shares: the error pages, and the pieces an import or settings screen is built
 * from ({@link org.preau.base.ui.UploadPreview}, {@link org.preau.base.ui.FrenchUpload},
 * {@link org.preau.base.ui.Notify}, {@link org.preau.base.ui.Sections}).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.preau.base.ui;

// French texts for the Vaadin web components' own defaults (see FrenchDefaults.java).
// Runs before any component is defined: it wraps customElements.define, so that every instance,
// dialogs and overlays included, starts with French texts; a text a screen sets itself wins.
(function (fr) {
  if (window.__preauFrench) return;
  window.__preauFrench = true;
  var isObject = function (v) { return v && typeof v === 'object' && !Array.isArray(v); };
  var merge = function (target, source) {
    Object.keys(source).forEach(function (k) {
      target[k] = isObject(source[k]) ? merge(Object.assign({}, target[k]), source[k]) : source[k];
    });
    return target;
  };
  var after = function (cls, method, extra) {
    var original = cls.prototype[method];
    cls.prototype[method] = function () {
      var result = original ? original.apply(this, arguments) : undefined;
      extra.apply(this, arguments);
      return result;
    };
  };
  // A property whose English default is replaced, unless the screen gave its own text.
  var replaceDefaults = function (el, list) {
    list.forEach(function (p) {
      if (p.key) {
        var current = el[p.prop];
        if (current && current[p.key] === p.en) {
          var copy = Object.assign({}, current);
          copy[p.key] = p.fr;
          el[p.prop] = copy;
        }
      } else if (el[p.prop] === p.en) {
        el[p.prop] = p.fr;
      }
    });
  };
  var fixes = {
    // Component bug: the toggle's aria-controls="children" names an id that its list lacks
    // (axe aria-valid-attr-value). The list is in the item's own shadow root, so the id is unique.
    'vaadin-side-nav-item': function (cls) {
      after(cls, 'firstUpdated', function () {
        var list = this.shadowRoot && this.shadowRoot.querySelector('[part="children"]');
        if (list && !list.id) list.id = 'children';
      });
    },
    // The selection column writes "Select All" / "Select Row" as the check boxes' spoken names.
    'vaadin-grid-flow-selection-column': function (cls) {
      var rename = function (root) {
        var box = root && root.firstElementChild;
        if (box && fr.grid[box.accessibleName]) box.accessibleName = fr.grid[box.accessibleName];
      };
      after(cls, '_defaultHeaderRenderer', rename);
      after(cls, '_defaultRenderer', rename);
    }
  };
  var define = customElements.define;
  customElements.define = function (name, cls, options) {
    try {
      var texts = fr.i18n[name];
      if (texts) {
        var merged = merge(merge({}, cls.defaultI18n || {}), texts);
        Object.defineProperty(cls, 'defaultI18n', { configurable: true, get: function () { return merged; } });
      }
      var props = fr.props.filter(function (p) { return p.tag === name; });
      if (props.length) after(cls, 'connectedCallback', function () { replaceDefaults(this, props); });
      if (fixes[name]) fixes[name](cls);
    } catch (e) {
      // Never keep the application from starting for a text.
      console.warn('Préau: textes français non appliqués à ' + name, e);
    }
    return define.call(this, name, cls, options);
  };
})(/*TEXTS*/);

/**
 * The block editor side of the four Local Progress blocks: a live preview (the real element,
 * from the plugin's own copy of the widgets) and the element's options in the sidebar.
 *
 * Plain JavaScript on the editor's globals (wp.blocks, wp.element, wp.blockEditor,
 * wp.components, wp.i18n), so that the plugin needs no build step of its own. The blocks are
 * rendered on the server; this file saves nothing but their attributes. Feed content reaches
 * the preview only through the element, which renders it as text.
 */
(function (wp, settings) {
  'use strict';

  const { registerBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, RangeControl, SelectControl, TextControl, TextareaControl, ToggleControl } = wp.components;
  const { __ } = wp.i18n;
  const endpoint = (settings && settings.endpoint) || 'https://localprogress.org/feed.json';

  // The site's category → kind mapping, read by the preview elements as on the front end.
  if (settings && settings.kinds && !document.querySelector('meta[name="lp-widgets:wp-kinds"]')) {
    const meta = document.createElement('meta');
    meta.name = 'lp-widgets:wp-kinds';
    meta.content = settings.kinds;
    document.head.append(meta);
  }

  const levels = [2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `H${n}` }));

  const feedFields = () => [
    { name: 'src', type: 'url', label: __('Feed URL', 'local-progress-widgets'), help: __('Empty: the default endpoint from Settings → Local Progress widgets.', 'local-progress-widgets') },
    { name: 'limit', type: 'range', min: 1, max: 100, label: __('Number of items', 'local-progress-widgets') },
    { name: 'tag', type: 'text', label: __('Only items with these tags', 'local-progress-widgets'), help: __('Tag or category slugs, separated by commas.', 'local-progress-widgets') },
    { name: 'heading', type: 'heading', label: __('Heading', 'local-progress-widgets') },
    { name: 'headingLevel', type: 'select', options: levels, label: __('Heading level', 'local-progress-widgets') },
    { name: 'moreHref', type: 'url', label: __('“See all” link', 'local-progress-widgets') },
    { name: 'moreLabel', type: 'text', label: __('“See all” text', 'local-progress-widgets') },
    {
      name: 'dateStyle',
      type: 'select',
      label: __('Dates', 'local-progress-widgets'),
      options: [
        { value: 'long', label: __('Long (September 2, 2024)', 'local-progress-widgets') },
        { value: 'short', label: __('Short (9/2/24)', 'local-progress-widgets') },
        { value: 'relative', label: __('Relative (3 days ago)', 'local-progress-widgets') },
      ],
    },
    { name: 'theme', type: 'theme', label: __('Colours', 'local-progress-widgets') },
    { name: 'lang', type: 'text', label: __('Language', 'local-progress-widgets'), help: __('For example es. Empty: the page’s language.', 'local-progress-widgets') },
    {
      name: 'loading',
      type: 'select',
      label: __('Loading', 'local-progress-widgets'),
      options: [
        { value: 'lazy', label: __('When near the screen', 'local-progress-widgets') },
        { value: 'eager', label: __('Right away', 'local-progress-widgets') },
      ],
    },
  ];

  const blocks = {
    'news-feed': { tag: 'lp-news-feed', fields: feedFields },
    'press-releases': { tag: 'lp-press-releases', fields: feedFields },
    'blog-grid': {
      tag: 'lp-blog-grid',
      fields: () => [...feedFields(), { name: 'columns', type: 'range', min: 1, max: 6, label: __('Most columns', 'local-progress-widgets') }],
    },
    'media-inquiry': {
      tag: 'lp-media-inquiry',
      fields: () => [
        { name: 'email', type: 'email', label: __('Press email', 'local-progress-widgets') },
        { name: 'phone', type: 'tel', label: __('Press phone', 'local-progress-widgets') },
        { name: 'text', type: 'textarea', label: __('Text', 'local-progress-widgets'), help: __('Empty: the feed’s contact text.', 'local-progress-widgets') },
        { name: 'heading', type: 'heading', label: __('Heading', 'local-progress-widgets') },
        { name: 'headingLevel', type: 'select', options: levels, label: __('Heading level', 'local-progress-widgets') },
        { name: 'action', type: 'url', label: __('Inquiry form address', 'local-progress-widgets'), help: __('An https URL that takes the form as JSON. Empty: no form.', 'local-progress-widgets') },
        { name: 'src', type: 'url', label: __('Feed URL', 'local-progress-widgets'), help: __('Where the contact comes from when there is no email.', 'local-progress-widgets') },
        { name: 'theme', type: 'theme', label: __('Colours', 'local-progress-widgets') },
        { name: 'lang', type: 'text', label: __('Language', 'local-progress-widgets') },
      ],
    },
  };

  /** `headingLevel` → `heading-level`. */
  const attributeName = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

  /** The sidebar control of one attribute. */
  function control(field, attributes, setAttributes) {
    const value = attributes[field.name];
    const set = (next) => setAttributes({ [field.name]: next === '' || next === null ? undefined : next });
    switch (field.type) {
      case 'range':
        return el(RangeControl, { key: field.name, label: field.label, min: field.min, max: field.max, value, allowReset: true, onChange: (n) => set(typeof n === 'number' ? n : undefined) });
      case 'select':
        return el(SelectControl, {
          key: field.name,
          label: field.label,
          value: value === undefined ? '' : String(value),
          options: [{ value: '', label: __('Default', 'local-progress-widgets') }, ...field.options],
          onChange: (v) => set(field.name === 'headingLevel' && v ? Number(v) : v),
        });
      case 'theme':
        return control(
          {
            ...field,
            type: 'select',
            options: [
              { value: 'light', label: __('Light', 'local-progress-widgets') },
              { value: 'dark', label: __('Dark', 'local-progress-widgets') },
              { value: 'auto', label: __('Follow the visitor’s system', 'local-progress-widgets') },
            ],
          },
          attributes,
          setAttributes,
        );
      case 'heading':
        // An empty heading attribute hides the heading; an unset one shows the element's own.
        return el(
          Fragment,
          { key: field.name },
          el(ToggleControl, {
            label: __('Show the heading', 'local-progress-widgets'),
            checked: value !== '',
            onChange: (on) => setAttributes({ heading: on ? undefined : '' }),
          }),
          value === ''
            ? null
            : el(TextControl, { label: field.label, value: value || '', help: __('Empty: the widget’s own heading.', 'local-progress-widgets'), onChange: set }),
        );
      case 'textarea':
        return el(TextareaControl, { key: field.name, label: field.label, help: field.help, value: value || '', onChange: set });
      default:
        return el(TextControl, { key: field.name, type: field.type, label: field.label, help: field.help, value: value || '', onChange: set });
    }
  }

  /** The real element with the block's attributes, as the server will write it. */
  function preview(block, attributes) {
    const props = {};
    let text = null;
    for (const field of block.fields()) {
      const value = attributes[field.name];
      if (value === undefined || value === null || (value === '' && field.name !== 'heading')) continue;
      if (field.name === 'text') text = String(value);
      else props[attributeName(field.name)] = String(value);
    }
    if (!props.src && (block.tag !== 'lp-media-inquiry' || !props.email)) props.src = endpoint;
    return el(block.tag, props, text);
  }

  for (const [name, block] of Object.entries(blocks)) {
    registerBlockType(`local-progress/${name}`, {
      edit({ attributes, setAttributes }) {
        return el(
          Fragment,
          null,
          el(
            InspectorControls,
            null,
            el(PanelBody, { title: __('Widget options', 'local-progress-widgets'), initialOpen: true }, block.fields().map((field) => control(field, attributes, setAttributes))),
          ),
          // inert: a click selects the block instead of following a link in the preview.
          el('div', useBlockProps(), el('div', { inert: 'true' }, preview(block, attributes))),
        );
      },
      // Rendered on the server from the attributes.
      save: () => null,
    });
  }
})(window.wp, window.lpWidgetsEditor);

<?php
/**
 * Scripts: the widgets' bundle (in the plugin's build/ folder, so no CDN is involved), loaded
 * once and only on pages that show a widget; the media inquiry box's form, a file of its own,
 * loaded once and only on pages with a box that has a form address (`action`); the WordPress
 * REST reader, a file of its own too, loaded once and only on pages with a widget whose
 * endpoint is a WordPress REST URL (this site's own posts, the "Default endpoint" choice, among
 * them); and the block editor script.
 *
 * WordPress 6.5 and later load the ES module build as a script module; older versions (6.1
 * has no script modules) load the classic build with wp_enqueue_script.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The built bundles, inside the plugin. */
function build_url( $file ) {
	return plugins_url( 'build/' . $file, LP_WIDGETS_FILE );
}

/**
 * The files the plugin serves from its build/ folder: the widgets (module and classic build),
 * the inquiry form and the WordPress REST reader, which each run both as a module and as a
 * classic script.
 */
const BUILD_FILES = array( 'lp-widgets.js', 'lp-widgets.classic.js', 'lp-inquiry-form.js', 'lp-wordpress.js' );

/** True when the installed plugin carries the built widgets (the zip does; a source checkout does not). */
function build_exists() {
	foreach ( BUILD_FILES as $file ) {
		if ( ! is_readable( LP_WIDGETS_DIR . '/build/' . $file ) ) {
			return false;
		}
	}
	return true;
}

/**
 * True when the page loads the module build. Filter `lp_widgets_use_script_module` to force
 * the classic build (for a caching or optimizing plugin that mishandles modules).
 */
function use_script_module() {
	return (bool) apply_filters( 'lp_widgets_use_script_module', function_exists( 'wp_enqueue_script_module' ) );
}

/** Registers the bundles, the inquiry form, the WordPress reader, the editor script and the fallback list's one CSS rule. */
function register_assets() {
	// The opt-in files go first wherever the order is the registration's (script modules in 6.5).
	wp_register_script( 'lp-inquiry-form', build_url( 'lp-inquiry-form.js' ), array(), VERSION, true );
	wp_register_script( 'lp-wordpress', build_url( 'lp-wordpress.js' ), array(), VERSION, true );
	wp_register_script( 'lp-widgets', build_url( 'lp-widgets.classic.js' ), array(), VERSION, true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'lp-inquiry-form', build_url( 'lp-inquiry-form.js' ), array(), VERSION );
		wp_register_script_module( 'lp-wordpress', build_url( 'lp-wordpress.js' ), array(), VERSION );
		wp_register_script_module( 'lp-widgets', build_url( 'lp-widgets.js' ), array(), VERSION );
	}

	// The editor preview shows the form as soon as an author types a form address, and the
	// posts of whatever endpoint a block names, so the editor always has both opt-in files.
	wp_register_script(
		'lp-widgets-editor',
		plugins_url( 'assets/editor.js', LP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'lp-inquiry-form', 'lp-wordpress', 'lp-widgets' ),
		VERSION,
		true
	);
	wp_add_inline_script(
		'lp-widgets-editor',
		'window.lpWidgetsEditor = ' . wp_json_encode(
			array(
				'endpoint' => default_endpoint(),
				'kinds'    => site_kinds(),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'lp-widgets-editor', 'local-progress-widgets', LP_WIDGETS_DIR . '/languages' );

	// Before the script arrives, the elements are unknown inline elements: make them blocks,
	// as they are once upgraded, so that the list lays out the same in both.
	wp_register_style( 'lp-widgets-fallback', false, array(), VERSION );
	wp_add_inline_style( 'lp-widgets-fallback', 'lp-news-feed,lp-press-releases,lp-blog-grid,lp-media-inquiry{display:block}' );
}

/** Asks for the bundle on this page; WordPress prints it once, however many widgets there are. */
function enqueue_widgets() {
	wp_enqueue_style( 'lp-widgets-fallback' );
	if ( ! build_exists() ) {
		return;
	}
	if ( use_script_module() ) {
		wp_enqueue_script_module( 'lp-widgets' );
	} else {
		wp_enqueue_script( 'lp-widgets' );
	}
}

/**
 * Asks for an opt-in file (`lp-inquiry-form`, `lp-wordpress`) on this page before the bundle,
 * the same way as the bundle (module or classic script). Printed once per page.
 *
 * Both work in either order, but a box that renders before the form's file has run warns that
 * the file is missing, and a widget whose answer comes before the reader has run waits for the
 * page's load event: so the bundle, already asked for, goes back in the queue after the file.
 */
function enqueue_before_widgets( $handle ) {
	if ( ! build_exists() ) {
		return;
	}
	if ( use_script_module() ) {
		wp_dequeue_script_module( 'lp-widgets' );
		wp_enqueue_script_module( $handle );
		wp_enqueue_script_module( 'lp-widgets' );
	} else {
		wp_dequeue_script( 'lp-widgets' );
		wp_enqueue_script( $handle );
		wp_enqueue_script( 'lp-widgets' );
	}
}

/** The inquiry form's file: only a media inquiry box with a form address asks for it. */
function enqueue_inquiry_form() {
	enqueue_before_widgets( 'lp-inquiry-form' );
}

/**
 * The WordPress REST reader's file, for a widget that reads `$src`: only a WordPress REST URL
 * needs it (the widgets' bundle reads the JSON Feed alone).
 */
function enqueue_wordpress_reader_for( $src ) {
	if ( is_rest_url( $src ) ) {
		enqueue_before_widgets( 'lp-wordpress' );
	}
}

/**
 * True when `$url` is a WordPress REST API address, which the widgets read only with
 * lp-wordpress.js: `/wp-json/` in its path (pretty permalinks, a site in a subfolder), or a
 * `rest_route=` query (plain permalinks).
 */
function is_rest_url( $url ) {
	$parts = wp_parse_url( (string) $url );
	if ( ! is_array( $parts ) ) {
		return false;
	}
	$path  = isset( $parts['path'] ) ? $parts['path'] : '';
	$query = isset( $parts['query'] ) ? $parts['query'] : '';
	return false !== strpos( $path, '/wp-json/' ) || 1 === preg_match( '/(^|&)rest_route=/', $query );
}

/**
 * In the block editor, the bundle and the opt-in files go into the editor canvas too: WordPress
 * loads enqueue_block_assets scripts inside the canvas iframe where it uses one (6.3+).
 */
function enqueue_for_editor_canvas() {
	if ( is_admin() && build_exists() ) {
		wp_enqueue_script( 'lp-inquiry-form' );
		wp_enqueue_script( 'lp-wordpress' );
		wp_enqueue_script( 'lp-widgets' );
	}
}

/** The site's own category pairs (on top of the defaults), as the widgets' meta writes them. */
function site_kinds() {
	return format_kind_map( parse_kind_map( get_settings()['kinds'] ) );
}

/** The `lp-widgets:wp-kinds` meta, when the site maps its own categories. */
function kinds_meta() {
	$kinds = site_kinds();
	return '' === $kinds ? '' : '<meta name="lp-widgets:wp-kinds" content="' . esc_attr( $kinds ) . '">' . "\n";
}

/**
 * In the head when the page is known to show a widget by then: block themes render the
 * template before wp_head; a singular post's content says so for classic themes.
 */
function print_kinds_meta_in_head() {
	$post  = is_singular() ? get_post() : null;
	$known = ! empty( $GLOBALS['lp_widgets_rendered'] ) || ( $post && content_has_widget( $post->post_content ) );
	if ( $known ) {
		echo kinds_meta(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in kinds_meta().
		$GLOBALS['lp_widgets_kinds_printed'] = true;
	}
}

/** Otherwise in the footer, before the bundle runs, once a widget was rendered. */
function print_kinds_meta_in_footer() {
	if ( ! empty( $GLOBALS['lp_widgets_rendered'] ) && empty( $GLOBALS['lp_widgets_kinds_printed'] ) ) {
		echo kinds_meta(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in kinds_meta().
		$GLOBALS['lp_widgets_kinds_printed'] = true;
	}
}

/** True when post content holds one of the blocks or shortcodes. */
function content_has_widget( $content ) {
	foreach ( array_keys( widgets() ) as $widget ) {
		if ( has_block( 'local-progress/' . $widget, $content ) || has_shortcode( $content, 'lp_' . str_replace( '-', '_', $widget ) ) ) {
			return true;
		}
	}
	return false;
}

/** Tells administrators when the plugin was installed without its built widgets. */
function notice_when_build_is_missing() {
	if ( build_exists() || ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	echo '<div class="notice notice-error"><p>' . esc_html__( 'Local Progress widgets: the built widgets are missing from the plugin’s build/ folder. Install the plugin from its zip (npm run build:wordpress makes it).', 'local-progress-widgets' ) . '</p></div>';
}

<?php
/**
 * Scripts: the widgets' bundle (in the plugin's build/ folder, so no CDN is involved), loaded
 * once and only on pages that show a widget, and the block editor script.
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

/** True when the installed plugin carries the built widgets (the zip does; a source checkout does not). */
function build_exists() {
	return is_readable( LP_WIDGETS_DIR . '/build/lp-widgets.classic.js' );
}

/**
 * True when the page loads the module build. Filter `lp_widgets_use_script_module` to force
 * the classic build (for a caching or optimizing plugin that mishandles modules).
 */
function use_script_module() {
	return (bool) apply_filters( 'lp_widgets_use_script_module', function_exists( 'wp_enqueue_script_module' ) );
}

/** Registers the bundles, the editor script and the fallback list's one CSS rule. */
function register_assets() {
	wp_register_script( 'lp-widgets', build_url( 'lp-widgets.classic.js' ), array(), VERSION, true );
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'lp-widgets', build_url( 'lp-widgets.js' ), array(), VERSION );
	}

	wp_register_script(
		'lp-widgets-editor',
		plugins_url( 'assets/editor.js', LP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'lp-widgets' ),
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
 * In the block editor, the bundle goes into the editor canvas too: WordPress loads
 * enqueue_block_assets scripts inside the canvas iframe where it uses one (6.3+).
 */
function enqueue_for_editor_canvas() {
	if ( is_admin() && build_exists() ) {
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

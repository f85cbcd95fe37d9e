<?php
/**
 * Plugin Name:       Local Progress widgets
 * Plugin URI:        https://localprogress.org/
 * Description:       Local Progress news, press releases, blog posts and press contact as blocks and shortcodes, with the items in the page's HTML for visitors without JavaScript and for search engines.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Local Progress
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       local-progress-widgets
 * Domain Path:       /languages
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION     = '0.1.0';
const TEXT_DOMAIN = 'local-progress-widgets';
const OPTION      = 'lp_widgets_settings';
/** The option that keeps the last good copy of each feed the server read. */
const LAST_GOOD_OPTION = 'lp_widgets_last_good';
/** Prefix of the short-lived transients that cache each feed. */
const TRANSIENT_PREFIX = 'lp_widgets_feed_';

define( 'LP_WIDGETS_FILE', __FILE__ );
define( 'LP_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/text.php';
require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/rest-cache.php';

add_action( 'init', __NAMESPACE__ . '\\load_textdomain', 0 );
add_action( 'init', __NAMESPACE__ . '\\register_assets', 5 );
add_action( 'init', __NAMESPACE__ . '\\register_blocks' );
add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );
add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_action( 'rest_api_init', __NAMESPACE__ . '\\maybe_add_rest_cache_headers' );
add_action( 'wp_head', __NAMESPACE__ . '\\print_kinds_meta_in_head', 1 );
add_action( 'wp_footer', __NAMESPACE__ . '\\print_kinds_meta_in_footer', 5 );
add_action( 'admin_notices', __NAMESPACE__ . '\\notice_when_build_is_missing' );
add_action( 'enqueue_block_assets', __NAMESPACE__ . '\\enqueue_for_editor_canvas' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\\settings_link' );

/** Loads the translations from the plugin's languages/ folder (and WordPress.org's language packs). */
function load_textdomain() {
	load_plugin_textdomain( TEXT_DOMAIN, false, dirname( plugin_basename( LP_WIDGETS_FILE ) ) . '/languages' );
}

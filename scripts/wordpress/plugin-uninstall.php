<?php
/*
 * Deactivates and uninstalls the plugin as wp-admin's Plugins screen does (uninstall_plugin
 * runs its uninstall.php), then checks that none of its options or transients are left:
 *
 *   php plugin-uninstall.php SITE_DIR
 *
 * Run last: the site has been used by every test by then, so the plugin has stored all it stores.
 */
if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php plugin-uninstall.php SITE_DIR\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require rtrim( $argv[1], '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

global $wpdb;
$plugin = 'local-progress-widgets/local-progress-widgets.php';
$query  = "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%lp\_widgets%'";

$before = $wpdb->get_col( $query );
$wanted = array( 'lp_widgets_settings', 'lp_widgets_last_good' );
if ( array_diff( $wanted, $before ) || ! preg_grep( '/^_transient_lp_widgets_feed_/', $before ) ) {
	fwrite( STDERR, '[plugin] before uninstalling, expected the settings, the last good copies and feed transients; found: ' . implode( ', ', $before ) . "\n" );
	exit( 1 );
}
deactivate_plugins( $plugin );
uninstall_plugin( $plugin );
wp_cache_flush();

$after  = $wpdb->get_col( $query );
$active = in_array( $plugin, (array) get_option( 'active_plugins' ), true );
if ( $after || $active ) {
	fwrite( STDERR, '[plugin] FAILED: after uninstalling, left behind: ' . implode( ', ', $after ) . ( $active ? ' (and the plugin is still active)' : '' ) . "\n" );
	exit( 1 );
}
printf( "[plugin] uninstalled: %d options and transients removed, none left\n", count( $before ) );

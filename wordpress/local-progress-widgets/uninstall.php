<?php
/**
 * Removes everything the plugin stored: its settings, the last good copies of the feeds, and
 * the short-lived feed transients. On a multisite network, on every site.
 *
 * @package LocalProgress\Widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

/** Deletes the plugin's options and transients on the current site. */
function lp_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'lp_widgets_settings' );
	delete_option( 'lp_widgets_last_good' );
	// Transients are named by a hash of each feed's URL: find them by their prefix.
	$like = $wpdb->esc_like( '_transient_lp_widgets_feed_' ) . '%';
	$timeout_like = $wpdb->esc_like( '_transient_timeout_lp_widgets_feed_' ) . '%';
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $like, $timeout_like ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	foreach ( $names as $name ) {
		if ( 0 === strpos( $name, '_transient_timeout_' ) ) {
			continue;
		}
		delete_transient( substr( $name, strlen( '_transient_' ) ) );
	}
	// With a persistent object cache the transients were never in the table; they expire by themselves.
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		lp_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	lp_widgets_uninstall_site();
}

<?php
/*
 * Installs the throw-away test site with WordPress's own installer, without a browser and
 * without network: php install.php SITE_DIR
 *
 * Site settings that matter to the tests: pretty permalinks (so /wp-json/… and post links
 * look like a real site's), and a New York time zone (so `date` and `date_gmt` differ, as on
 * localprogress.org).
 */
if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php install.php SITE_DIR\n" );
	exit( 2 );
}
$site = rtrim( $argv[1], '/' );

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';

// No mail: the installer's "your new site" message would try sendmail.
function wp_mail() {
	return true;
}

require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'Local Progress (test site)', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, 'wp_install failed: ' . $result->get_error_message() . "\n" );
	exit( 1 );
}

update_option( 'blogdescription', 'A WordPress seeded from demo/data/localprogress.json' );
update_option( 'timezone_string', 'America/New_York' );
update_option( 'posts_per_page', 10 );

global $wp_rewrite;
$wp_rewrite->set_permalink_structure( '/%year%/%monthnum%/%day%/%postname%/' );
flush_rewrite_rules( false );

echo 'WordPress ', get_bloginfo( 'version' ), " installed\n";

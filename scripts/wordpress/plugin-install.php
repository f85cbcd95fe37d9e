<?php
/*
 * Installs the plugin on the test site from its zip, the way WordPress installs an uploaded
 * plugin (unzip_file: ZipArchive, or WordPress's own PclZip without that extension), activates
 * it with the site's default theme, and sets up what the plugin tests need:
 *
 *   php plugin-install.php SITE_DIR PLUGIN_ZIP STATE_JSON
 *
 * - the theme twentytwentythree (a Debian package that run.sh copies into the site);
 * - the plugin's settings: the default endpoint is this site's own REST API;
 * - an Author (no unfiltered_html) with an application password, who publishes the test
 *   posts through the REST API (plugin-publish.mjs), and an administrator with a known
 *   password for the settings page.
 *
 * STATE_JSON gets the users' credentials (throw-away values for the throw-away site).
 */
if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php plugin-install.php SITE_DIR PLUGIN_ZIP STATE_JSON\n" );
	exit( 2 );
}
list( , $site, $zip, $state_file ) = $argv;

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'FS_METHOD', 'direct' );
function wp_mail() {
	return true;
}
require rtrim( $site, '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

function lp_plugin_fail( $what ) {
	fwrite( STDERR, "[plugin] $what\n" );
	exit( 1 );
}

$plugin = 'local-progress-widgets/local-progress-widgets.php';
if ( ! WP_Filesystem() ) {
	lp_plugin_fail( 'WP_Filesystem could not start' );
}
$unzipped = unzip_file( $zip, WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	lp_plugin_fail( 'unzip_file: ' . $unzipped->get_error_message() );
}
foreach ( array( 'local-progress-widgets.php', 'uninstall.php', 'build/lp-widgets.js', 'build/lp-widgets.classic.js', 'build/lp-inquiry-form.js', 'build/lp-wordpress.js', 'assets/editor.js' ) as $file ) {
	if ( ! is_readable( WP_PLUGIN_DIR . '/local-progress-widgets/' . $file ) ) {
		lp_plugin_fail( "the zip did not give local-progress-widgets/$file" );
	}
}

$theme = wp_get_theme( 'twentytwentythree' );
if ( ! $theme->exists() ) {
	lp_plugin_fail( 'the theme twentytwentythree is not in wp-content/themes' );
}
switch_theme( 'twentytwentythree' );
// Permalinks for the test site's "Articles" (mu-plugin plugin-test-site.php).
flush_rewrite_rules( false );

$activated = activate_plugin( $plugin );
if ( is_wp_error( $activated ) ) {
	lp_plugin_fail( 'activate_plugin: ' . $activated->get_error_message() );
}

update_option(
	'lp_widgets_settings',
	array(
		'endpoint'     => 'site',
		'endpoint_url' => '',
		'kinds'        => '',
		'rest_cache'   => false,
	)
);

/** A user of `$role` with a known password; returns its id. */
function lp_plugin_user( $login, $role, $password ) {
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $password,
			'user_email' => $login . '@example.org',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		lp_plugin_fail( "user $login: " . $id->get_error_message() );
	}
	return $id;
}
$author_password = wp_generate_password( 20, false );
$admin_password  = wp_generate_password( 20, false );
$author_id       = lp_plugin_user( 'lp-author', 'author', $author_password );
lp_plugin_user( 'lp-admin', 'administrator', $admin_password );
if ( user_can( $author_id, 'unfiltered_html' ) ) {
	lp_plugin_fail( 'the Author may post unfiltered HTML: the tests would prove nothing' );
}
if ( ! wp_is_application_passwords_available_for_user( $author_id ) ) {
	lp_plugin_fail( 'application passwords are not available (WP_ENVIRONMENT_TYPE must be local on http)' );
}
list( $app_password ) = WP_Application_Passwords::create_new_application_password( $author_id, array( 'name' => 'plugin tests' ) );

file_put_contents(
	$state_file,
	wp_json_encode(
		array(
			'author' => array(
				'login'               => 'lp-author',
				'password'            => $author_password,
				'applicationPassword' => $app_password,
			),
			'admin'  => array(
				'login'    => 'lp-admin',
				'password' => $admin_password,
			),
		),
		JSON_PRETTY_PRINT
	)
);
printf( "[plugin] installed from %s and activated (%s, theme %s)\n", basename( $zip ), get_plugin_data( WP_PLUGIN_DIR . '/' . $plugin )['Version'], wp_get_theme()->get( 'Name' ) );

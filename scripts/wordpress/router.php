<?php
/*
 * Router for PHP's built-in server (php -S … router.php): files that exist (uploads, core
 * .php entry points) are served as they are; every other path goes to WordPress's front
 * controller, as Apache's or nginx's rewrite rules would send it. That makes pretty
 * permalinks and /wp-json/… work.
 */
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false === strpos( $path, '..' ) && file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';

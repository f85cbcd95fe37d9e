<?php
/**
 * With "Cacheable REST answers" on: `Cache-Control: public` and an `ETag` (answering
 * `If-None-Match` with 304) on the anonymous GETs of /wp/v2/posts that the widgets read, so
 * that browsers and CDNs can answer for this site. WordPress sends neither on its own.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Adds the two filters when the setting is on. */
function maybe_add_rest_cache_headers() {
	if ( get_settings()['rest_cache'] ) {
		add_rest_cache_headers();
	}
}

/** The filters that send the headers. */
function add_rest_cache_headers() {
	add_filter( 'rest_post_dispatch', __NAMESPACE__ . '\\rest_cache_control', 10, 3 );
	add_filter( 'rest_pre_echo_response', __NAMESPACE__ . '\\rest_etag', 10, 3 );
}

/**
 * True for an anonymous GET of a route the widgets read. Filter `lp_widgets_cacheable_routes`
 * (a list of routes such as `/wp/v2/posts`) to add a custom post type's.
 */
function is_cacheable_route( \WP_REST_Request $request ) {
	$routes = (array) apply_filters( 'lp_widgets_cacheable_routes', array( '/wp/v2/posts' ) );
	return 'GET' === $request->get_method()
		&& ! is_user_logged_in()
		&& in_array( untrailingslashit( $request->get_route() ), $routes, true );
}

/** `Cache-Control` on a successful answer. */
function rest_cache_control( $response, $server, $request ) {
	if ( $response instanceof \WP_REST_Response && ! $response->is_error() && is_cacheable_route( $request ) ) {
		$response->header( 'Cache-Control', 'public, max-age=300, stale-while-revalidate=86400' );
	}
	return $response;
}

/** The `ETag` covers the whole answer, `_embedded` included, so it is computed on the final data. */
function rest_etag( $result, $server, $request ) {
	if ( ! is_cacheable_route( $request ) || headers_sent() ) {
		return $result;
	}
	$etag = '"' . md5( (string) wp_json_encode( $result ) ) . '"';
	header( 'ETag: ' . $etag );
	$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) ) : '';
	if ( in_array( $etag, array_map( 'trim', explode( ',', $asked ) ), true ) ) {
		status_header( 304 );
		return null; // WordPress sends no body for a null result.
	}
	return $result;
}

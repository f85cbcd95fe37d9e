<?php
/**
 * Plugin Name: Local Progress widgets: cacheable feed
 * Description: Lets browsers and CDNs cache the anonymous REST answers the widgets read:
 * `Cache-Control: public` and an `ETag` (answering `If-None-Match` with 304) on GET
 * /wp-json/wp/v2/posts (and the post types listed below). WordPress sends neither on its own.
 * Drop this file into wp-content/mu-plugins/. Logged-in requests are left alone.
 */

/** The REST routes the widgets read. Add a custom post type's rest_base here. */
function lp_widgets_cacheable_route( WP_REST_Request $request ) {
	return 'GET' === $request->get_method()
		&& ! is_user_logged_in()
		&& preg_match( '#^/wp/v2/(posts|statements)/?$#', $request->get_route() );
}

add_filter(
	'rest_post_dispatch',
	function ( $response, $server, $request ) {
		if ( $response instanceof WP_REST_Response && ! $response->is_error() && lp_widgets_cacheable_route( $request ) ) {
			$response->header( 'Cache-Control', 'public, max-age=300, stale-while-revalidate=86400' );
		}
		return $response;
	},
	10,
	3
);

// The ETag covers the whole answer, `_embedded` included, so it is computed on the final data.
add_filter(
	'rest_pre_echo_response',
	function ( $result, $server, $request ) {
		if ( ! lp_widgets_cacheable_route( $request ) || headers_sent() ) {
			return $result;
		}
		$etag = '"' . md5( wp_json_encode( $result ) ) . '"';
		header( 'ETag: ' . $etag );
		$asked = isset( $_SERVER['HTTP_IF_NONE_MATCH'] ) ? wp_unslash( $_SERVER['HTTP_IF_NONE_MATCH'] ) : '';
		if ( in_array( $etag, array_map( 'trim', explode( ',', $asked ) ), true ) ) {
			status_header( 304 );
			return null; // WordPress sends no body for a null result.
		}
		return $result;
	},
	10,
	3
);

<?php
/**
 * Plugin Name: Test site: what the publisher's tests need
 * Description: Only on the throw-away test sites. (1) Media coverage keeps its outlet and
 * outbound link in two custom fields, `lp_outlet` and `lp_external_url`, shown in the REST API
 * as `meta`, the way a site's own fields (or ACF's) would be. (2) While the file
 * wp-content/lp-rest-locked exists, the REST API refuses visitors with 401
 * `rest_not_logged_in`, as security plugins that "disable the REST API" do.
 */
add_action(
	'init',
	function () {
		foreach ( array( 'lp_outlet', 'lp_external_url' ) as $key ) {
			register_post_meta(
				'post',
				$key,
				array(
					'type'         => 'string',
					'single'       => true,
					'show_in_rest' => true,
				)
			);
		}
	}
);

add_filter(
	'rest_authentication_errors',
	function ( $result ) {
		if ( ! empty( $result ) || is_user_logged_in() || ! file_exists( WP_CONTENT_DIR . '/lp-rest-locked' ) ) {
			return $result;
		}
		return new WP_Error( 'rest_not_logged_in', 'You are not currently logged in.', array( 'status' => 401 ) );
	}
);

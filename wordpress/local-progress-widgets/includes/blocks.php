<?php
/**
 * The four blocks, registered from their block.json and rendered on the server.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers `local-progress/news-feed`, `…/press-releases`, `…/blog-grid` and `…/media-inquiry`. */
function register_blocks() {
	foreach ( array_keys( widgets() ) as $widget ) {
		register_block_type(
			LP_WIDGETS_DIR . '/blocks/' . $widget,
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return render_widget( $widget, is_array( $attributes ) ? $attributes : array(), get_block_wrapper_attributes() );
				},
			)
		);
	}
}

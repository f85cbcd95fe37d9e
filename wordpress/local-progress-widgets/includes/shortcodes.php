<?php
/**
 * `[lp_news_feed]`, `[lp_press_releases]`, `[lp_blog_grid]`, `[lp_media_inquiry]`: the blocks'
 * attributes in shortcode spelling (`heading_level` for `heading-level`; `heading-level` and
 * `headinglevel` are understood too). `[lp_media_inquiry]…[/lp_media_inquiry]` takes its text
 * as content.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the four shortcodes. */
function register_shortcodes() {
	foreach ( array_keys( widgets() ) as $widget ) {
		add_shortcode(
			'lp_' . str_replace( '-', '_', $widget ),
			function ( $atts, $content = null ) use ( $widget ) {
				return render_shortcode( $widget, $atts, $content );
			}
		);
	}
}

/**
 * A shortcode's attributes as block attributes, then the widget.
 *
 * @param string       $widget  Block name without namespace.
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content Enclosed content.
 * @return string
 */
function render_shortcode( $widget, $atts, $content ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$all   = widgets();
	$given = array();
	foreach ( array_keys( $all[ $widget ]['attributes'] ) as $name ) {
		foreach ( array( shortcode_attribute_name( $name ), element_attribute_name( $name ), strtolower( $name ) ) as $spelling ) {
			if ( isset( $atts[ $spelling ] ) ) {
				$given[ $name ] = $atts[ $spelling ];
				break;
			}
		}
	}
	if ( 'media-inquiry' === $widget && ! isset( $given['text'] ) && is_string( $content ) && '' !== trim( $content ) ) {
		$given['text'] = wp_strip_all_tags( $content );
	}
	return render_widget( $widget, $given );
}

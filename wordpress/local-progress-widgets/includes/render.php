<?php
/**
 * The markup of a widget: the custom element with its attributes, and inside it the items as a
 * plain list of links, rendered on the server. That list is what visitors without JavaScript,
 * search engines and link previews read; the element replaces it when it upgrades.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Light DOM children of `<lp-media-inquiry>` in this slot stay out of the upgraded box (the
 * element has no slot of that name), while its text sits in the default slot as the element
 * expects.
 */
const FALLBACK_SLOT = 'server-fallback';

/**
 * A widget's HTML from its attributes (block attribute names; sanitized here).
 *
 * @param string $widget  Block name without namespace (`news-feed`).
 * @param array  $given   Attribute values as given by the block or the shortcode.
 * @param string $wrapper Extra attributes for the element (the block wrapper's), already escaped.
 * @return string
 */
function render_widget( $widget, array $given, $wrapper = '' ) {
	$all = widgets();
	if ( ! isset( $all[ $widget ] ) ) {
		return '';
	}
	$definition = $all[ $widget ];
	$attributes = sanitize_attributes( $widget, $given );
	enqueue_widgets();
	$GLOBALS['lp_widgets_rendered'] = true;

	if ( 'media-inquiry' === $widget ) {
		return render_media_inquiry( $definition, $attributes, $wrapper );
	}

	// Every element names its endpoint, so the list and the element read the same feed.
	if ( ! isset( $attributes['src'] ) ) {
		$attributes = array( 'src' => default_endpoint() ) + $attributes;
	}
	enqueue_wordpress_reader_for( $attributes['src'] );
	$limit   = isset( $attributes['limit'] ) ? $attributes['limit'] : $definition['limit'];
	$level   = isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2;
	$heading = array_key_exists( 'heading', $attributes ) ? $attributes['heading'] : default_heading( $widget );
	$more    = isset( $attributes['moreHref'] ) ? $attributes['moreHref'] : null;
	$label   = isset( $attributes['moreLabel'] ) ? $attributes['moreLabel'] : default_more_label( $widget );

	$inner = '';
	if ( '' !== $heading ) {
		$inner .= sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html( $heading ) );
	}
	$feed = get_feed( $attributes['src'] );
	if ( null !== $feed ) {
		$items = select_items( $feed['items'], $definition['kind'], isset( $attributes['tag'] ) ? $attributes['tag'] : '', $limit );
		$inner .= $items ? render_item_list( $items ) : '<p>' . esc_html( empty_message( $widget ) ) . '</p>';
	}
	// With no items to show, the "see all" link is the way on; with items, it follows them.
	if ( $more ) {
		$inner .= sprintf( '<p><a href="%1$s">%2$s</a></p>', esc_url( $more ), esc_html( $label ) );
	}
	return sprintf( '<%1$s%2$s%3$s>%4$s</%1$s>', $definition['element'], element_attributes( $definition, $attributes ), $wrapper ? ' ' . $wrapper : '', $inner );
}

/** The items as a list of links, each with its date and summary. */
function render_item_list( array $items ) {
	$html = '<ul>';
	foreach ( $items as $item ) {
		$html .= '<li><a href="' . esc_url( $item['url'] ) . '">' . esc_html( $item['title'] ) . '</a>';
		if ( $item['published'] ) {
			$html .= ' <time datetime="' . esc_attr( $item['published'] ) . '">' . esc_html( wp_date( get_option( 'date_format' ), strtotime( $item['published'] ) ) ) . '</time>';
		}
		if ( '' !== $item['summary'] ) {
			$html .= '<p>' . esc_html( $item['summary'] ) . '</p>';
		}
		$html .= '</li>';
	}
	return $html . '</ul>';
}

/** What an empty list says (the element's own words). */
function empty_message( $widget ) {
	switch ( $widget ) {
		case 'news-feed':
			return __( 'No news yet', 'local-progress-widgets' );
		case 'press-releases':
			return __( 'No press releases yet', 'local-progress-widgets' );
		default:
			return __( 'No posts yet', 'local-progress-widgets' );
	}
}

/**
 * The press contact box: heading, text, email and phone links; the attributes win over the feed's
 * contact. With a valid form address (`action`, already sanitized), the page loads the form's file;
 * reading a WordPress REST URL, the WordPress reader's.
 */
function render_media_inquiry( array $definition, array $attributes, $wrapper ) {
	if ( isset( $attributes['action'] ) ) {
		enqueue_inquiry_form();
	}
	$contact = array();
	$src     = isset( $attributes['src'] ) ? $attributes['src'] : ( isset( $attributes['email'] ) ? null : default_endpoint() );
	if ( $src ) {
		$attributes = array( 'src' => $src ) + $attributes;
		enqueue_wordpress_reader_for( $src );
		$feed       = get_feed( $src );
		$contact    = $feed && $feed['contact'] ? $feed['contact'] : array();
	}
	$level   = isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2;
	$heading = array_key_exists( 'heading', $attributes ) ? $attributes['heading'] : ( isset( $contact['heading'] ) ? $contact['heading'] : default_heading( 'media-inquiry' ) );
	$email   = isset( $attributes['email'] ) ? $attributes['email'] : ( isset( $contact['email'] ) ? $contact['email'] : null );
	$phone   = isset( $attributes['phone'] ) ? $attributes['phone'] : ( isset( $contact['phone'] ) ? $contact['phone'] : null );

	$inner = '';
	if ( '' !== $heading ) {
		$inner .= sprintf( '<div slot="%1$s"><h%2$d>%3$s</h%2$d></div>', FALLBACK_SLOT, $level, esc_html( $heading ) );
	}
	if ( isset( $attributes['text'] ) ) {
		// The element's default slot: it shows this text after it upgrades too.
		$inner .= esc_html( $attributes['text'] );
	} elseif ( isset( $contact['text'] ) ) {
		$inner .= sprintf( '<p slot="%1$s">%2$s</p>', FALLBACK_SLOT, esc_html( $contact['text'] ) );
	}
	$links = '';
	if ( $email ) {
		$links .= sprintf( '<p><a href="%1$s">%2$s</a></p>', esc_url( 'mailto:' . $email, array( 'mailto' ) ), esc_html( $email ) );
	}
	if ( $phone ) {
		$links .= sprintf( '<p><a href="%1$s">%2$s</a></p>', esc_url( 'tel:' . preg_replace( '/[^\d+]/', '', $phone ), array( 'tel' ) ), esc_html( $phone ) );
	}
	if ( $links ) {
		$inner .= sprintf( '<div slot="%1$s">%2$s</div>', FALLBACK_SLOT, $links );
	}
	return sprintf( '<%1$s%2$s%3$s>%4$s</%1$s>', $definition['element'], element_attributes( $definition, $attributes ), $wrapper ? ' ' . $wrapper : '', $inner );
}

/** The element's attributes, escaped: URLs with esc_url, everything else with esc_attr. */
function element_attributes( array $definition, array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$spec = $definition['attributes'][ $name ];
		if ( ! empty( $spec['slot'] ) ) {
			continue;
		}
		$escaped = 'url' === $spec['rule'] ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( (string) $value );
		$html   .= sprintf( ' %s="%s"', element_attribute_name( $name ), $escaped );
	}
	return $html;
}

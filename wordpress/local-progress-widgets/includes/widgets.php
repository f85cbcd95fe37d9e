<?php
/**
 * The four widgets and their attributes: one table that the blocks, the shortcodes, the editor
 * script and the server-side rendering all read, and the rules that sanitize every value.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The widgets by block name (without the `local-progress/` namespace). For each: its element,
 * the kind of content it shows, how many items it shows by default, and its attributes by
 * block attribute name (camelCase, as in block.json) with the rule that checks a value.
 *
 * @return array<string, array<string, mixed>>
 */
function widgets() {
	$feed = array(
		'src'          => array( 'rule' => 'url' ),
		'limit'        => array(
			'rule' => 'int',
			'min'  => 1,
			'max'  => 100,
		),
		'tag'          => array( 'rule' => 'text' ),
		'lang'         => array( 'rule' => 'lang' ),
		'heading'      => array( 'rule' => 'text' ),
		'headingLevel' => array(
			'rule' => 'int',
			'min'  => 2,
			'max'  => 6,
		),
		'theme'        => array(
			'rule'   => 'enum',
			'values' => array( 'light', 'dark', 'auto' ),
		),
		'moreHref'     => array( 'rule' => 'url' ),
		'moreLabel'    => array( 'rule' => 'text' ),
		'dateStyle'    => array(
			'rule'   => 'enum',
			'values' => array( 'long', 'short', 'relative' ),
		),
		'loading'      => array(
			'rule'   => 'enum',
			'values' => array( 'lazy', 'eager' ),
		),
	);
	return array(
		'news-feed'      => array(
			'element'    => 'lp-news-feed',
			'kind'       => 'news',
			'limit'      => 5,
			'attributes' => $feed,
		),
		'press-releases' => array(
			'element'    => 'lp-press-releases',
			'kind'       => 'press-release',
			'limit'      => 5,
			'attributes' => $feed,
		),
		'blog-grid'      => array(
			'element'    => 'lp-blog-grid',
			'kind'       => 'blog',
			'limit'      => 6,
			'attributes' => $feed + array(
				'columns' => array(
					'rule' => 'int',
					'min'  => 1,
					'max'  => 6,
				),
			),
		),
		'media-inquiry'  => array(
			'element'    => 'lp-media-inquiry',
			'kind'       => null,
			'limit'      => 0,
			'attributes' => array(
				'src'          => array( 'rule' => 'url' ),
				'lang'         => array( 'rule' => 'lang' ),
				'heading'      => array( 'rule' => 'text' ),
				'headingLevel' => $feed['headingLevel'],
				'theme'        => $feed['theme'],
				'email'        => array( 'rule' => 'email' ),
				'phone'        => array( 'rule' => 'phone' ),
				'action'       => array( 'rule' => 'url' ),
				'timeout'      => array(
					'rule' => 'int',
					'min'  => 1000,
					'max'  => 120000,
				),
				// Not an attribute of the element: its default-slot text.
				'text'         => array(
					'rule' => 'text',
					'slot' => true,
				),
			),
		),
	);
}

/** `headingLevel` → `heading-level`: the element's attribute name. */
function element_attribute_name( $name ) {
	return strtolower( preg_replace( '/([a-z])([A-Z])/', '$1-$2', $name ) );
}

/** `headingLevel` → `heading_level`: the shortcode's attribute name. */
function shortcode_attribute_name( $name ) {
	return str_replace( '-', '_', element_attribute_name( $name ) );
}

/**
 * An http(s) URL, or a path on this site's origin made absolute; `null` for anything else
 * (`javascript:`, `data:`, protocol-relative, malformed).
 *
 * @param mixed $raw A value from a block, a shortcode or the settings.
 * @return string|null
 */
function sanitize_url_value( $raw ) {
	if ( ! is_string( $raw ) ) {
		return null;
	}
	$raw = trim( $raw );
	if ( '' === $raw || strlen( $raw ) > 2048 ) {
		return null;
	}
	if ( '/' === $raw[0] && ( ! isset( $raw[1] ) || '/' !== $raw[1] ) ) {
		$home = wp_parse_url( home_url( '/' ) );
		$raw  = $home['scheme'] . '://' . $home['host'] . ( isset( $home['port'] ) ? ':' . $home['port'] : '' ) . $raw;
	}
	$scheme = strtolower( (string) wp_parse_url( $raw, PHP_URL_SCHEME ) );
	$host   = wp_parse_url( $raw, PHP_URL_HOST );
	if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || empty( $host ) ) {
		return null;
	}
	$clean = esc_url_raw( $raw, array( 'http', 'https' ) );
	return '' === $clean ? null : $clean;
}

/**
 * One attribute value checked against its rule: the clean value, or `null` when it is missing
 * or not valid (the element then uses its own default). `heading` keeps an empty string, which
 * hides the heading.
 *
 * @param array  $spec The attribute's rule, from widgets().
 * @param mixed  $raw  The value as given.
 * @param string $name The block attribute name.
 * @return mixed
 */
function sanitize_value( array $spec, $raw, $name = '' ) {
	if ( null === $raw || is_array( $raw ) || is_object( $raw ) ) {
		return null;
	}
	if ( is_bool( $raw ) ) {
		$raw = $raw ? '1' : '';
	}
	$raw = (string) $raw;
	switch ( $spec['rule'] ) {
		case 'url':
			return sanitize_url_value( $raw );
		case 'int':
			if ( ! is_numeric( trim( $raw ) ) ) {
				return null;
			}
			return (int) max( $spec['min'], min( $spec['max'], round( (float) $raw ) ) );
		case 'enum':
			$value = strtolower( trim( $raw ) );
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'lang':
			$value = trim( $raw );
			return preg_match( '/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,4}$/', $value ) ? $value : null;
		case 'email':
			$value = sanitize_email( preg_replace( '/^mailto:/i', '', trim( $raw ) ) );
			return '' !== $value && is_email( $value ) ? $value : null;
		case 'phone':
			$value = trim( preg_replace( '/^tel:/i', '', trim( $raw ) ) );
			return preg_match( '/^\+?[\d\s().-]{3,30}$/', $value ) && strlen( preg_replace( '/\D/', '', $value ) ) >= 3 ? $value : null;
		case 'text':
		default:
			$value = sanitize_text_field( $raw );
			$value = function_exists( 'mb_substr' ) ? mb_substr( $value, 0, 300 ) : substr( $value, 0, 300 );
			if ( '' === $value && 'heading' !== $name ) {
				return null;
			}
			return $value;
	}
}

/**
 * Every attribute of a widget sanitized, by block attribute name; invalid and missing ones
 * are left out.
 *
 * @param string $widget Block name without namespace (`news-feed`).
 * @param array  $given  Values by block attribute name.
 * @return array<string, mixed>
 */
function sanitize_attributes( $widget, array $given ) {
	$all   = widgets();
	$clean = array();
	foreach ( $all[ $widget ]['attributes'] as $name => $spec ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = sanitize_value( $spec, $given[ $name ], $name );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/** The element's built-in heading, in the site's language (the same words as the element's English strings). */
function default_heading( $widget ) {
	switch ( $widget ) {
		case 'news-feed':
			return __( 'In the News', 'local-progress-widgets' );
		case 'press-releases':
			return __( 'Press Releases', 'local-progress-widgets' );
		case 'blog-grid':
			return __( 'Our Blog', 'local-progress-widgets' );
		default:
			return __( 'Have a Media Inquiry?', 'local-progress-widgets' );
	}
}

/** The element's built-in "see all" label. */
function default_more_label( $widget ) {
	switch ( $widget ) {
		case 'news-feed':
			return __( 'See all news', 'local-progress-widgets' );
		case 'press-releases':
			return __( 'See all press releases', 'local-progress-widgets' );
		default:
			return __( 'See all posts', 'local-progress-widgets' );
	}
}

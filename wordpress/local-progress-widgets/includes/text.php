<?php
/**
 * Remote content is untrusted: the same rules as the widgets' own (text only, http/https links
 * only, tracking parameters removed, press-release boilerplate removed from summaries), so that
 * the server-rendered list shows what the element will show.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The longest summary shown, in characters (as in the widgets). */
const SUMMARY_MAX = 300;

/** The kinds of content a feed item can be. */
const KINDS = array( 'news', 'press-release', 'blog' );

/**
 * Which WordPress category slug means which kind, before the site's own mapping. A post in
 * none of them is a blog post.
 */
const DEFAULT_KINDS = array(
	'in-the-news'    => 'news',
	'news'           => 'news',
	'media-coverage' => 'news',
	'press-releases' => 'press-release',
	'press-release'  => 'press-release',
	'blog'           => 'blog',
);

/**
 * An HTML fragment (or plain text) as one line of plain text: comments and non-text elements
 * removed, tags removed (block tags separate words, inline tags do not), character
 * references decoded once, whitespace collapsed. The result is only ever output escaped.
 *
 * @param mixed $input A remote value.
 * @return string
 */
function html_to_text( $input ) {
	if ( ! is_string( $input ) ) {
		return '';
	}
	$text = preg_replace( '/<!--[\s\S]*?(-->|$)/u', ' ', $input );
	$text = preg_replace( '/<(script|style|template|noscript|iframe|object|svg|math|title|textarea|xmp|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>/iu', ' ', (string) $text );
	$text = preg_replace_callback(
		'/<\/?[a-z][^>]*>/iu',
		function ( $tag ) {
			return preg_match( '/^<\/?(a|abbr|b|bdi|bdo|cite|code|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|u|var)\b/i', $tag[0] ) ? '' : ' ';
		},
		(string) $text
	);
	$text = html_entity_decode( (string) $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	return collapse_whitespace( $text );
}

/** Runs of whitespace (no-break spaces too) become one space; control characters go. */
function collapse_whitespace( $text ) {
	$text = preg_replace( '/[\x{0000}-\x{0008}\x{000b}\x{000e}-\x{001f}\x{007f}]/u', '', (string) $text );
	return trim( (string) preg_replace( '/[\s\x{00a0}]+/u', ' ', (string) $text ) );
}

/** A remote text field: plain text of at most `$max` characters, or `null` when empty. */
function text_field( $value, $max = 500 ) {
	$text = html_to_text( $value );
	if ( '' === $text ) {
		return null;
	}
	return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, $max ) : substr( $text, 0, $max );
}

/**
 * Strips press-release boilerplate: the "For Immediate Release:" lead with the date, media
 * contact and dateline after it, and everything from "Media Contact:" on.
 */
function strip_boilerplate( $text ) {
	$out  = trim( $text );
	$lead = '/^(for\s+immediate\s+release|immediate\s+release|para\s+publicaci[oó]n\s+inmediata)\s*[:.\-–—]?\s*/iu';
	if ( preg_match( $lead, $out ) ) {
		$out = preg_replace( $lead, '', $out );
		for ( $i = 0; $i < 2; $i++ ) {
			$out = preg_replace( '/^\(?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\)?\s*[–—-]*\s*/iu', '', $out );
			$out = preg_replace( '/^(media|press)\s+contacts?\s*:\s*[^@\d]{0,80}?((\S+@\S+\.[a-z]{2,}|\+?\(?\d[\d\s().-]{6,}\d)[\s,;|\/]*)+/iu', '', $out );
			$out = preg_replace( '/^[A-Z][A-Za-z.,\' ]{1,40}?(\s*\([^)]{4,30}\))?\s*[–—-]{1,2}\s+/u', '', $out );
		}
	}
	return trim( (string) preg_replace( '/\s*(media\s+contacts?|press\s+contacts?|contacto\s+de\s+prensa)\s*:.*$/iu', '', $out ) );
}

/**
 * Shortens text to at most `$max` characters, on a word boundary, with an ellipsis. Counts
 * characters without mbstring, which PHP may lack.
 */
function truncate_on_word( $text, $max ) {
	$chars = preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY );
	if ( ! is_array( $chars ) || count( $chars ) <= $max ) {
		return $text;
	}
	$cut   = array_slice( $chars, 0, $max );
	$space = array_search( ' ', array_reverse( $cut, true ), true );
	$base  = implode( '', ( false !== $space && $space > $max * 0.6 ) ? array_slice( $cut, 0, $space ) : $cut );
	return preg_replace( '/[\s,;:.–—-]+$/u', '', $base ) . '…';
}

/** Lower case, for tags and slugs (non-ASCII letters too where PHP has mbstring). */
function lower( $text ) {
	return function_exists( 'mb_strtolower' ) ? mb_strtolower( $text, 'UTF-8' ) : strtolower( $text );
}

/** A remote summary as the widgets show it: text, no "[…]" tail, no boilerplate, at most 300 characters. */
function clean_summary( $input ) {
	$text = preg_replace( '/\s*\[(…|\.\.\.)\]\s*$/u', '', html_to_text( $input ) );
	return truncate_on_word( strip_boilerplate( (string) $text ), SUMMARY_MAX );
}

/**
 * A link that is safe to follow: http/https only, relative URLs resolved against `$base`,
 * tracking parameters (utm_*, emci, emdi, ceid, fbclid, gclid, mc_cid, mc_eid) removed.
 *
 * @param mixed       $raw  A remote value.
 * @param string|null $base The feed's own URL.
 * @return string|null
 */
function safe_link_url( $raw, $base = null ) {
	if ( ! is_string( $raw ) ) {
		return null;
	}
	$raw = trim( $raw );
	if ( '' === $raw || strlen( $raw ) > 4096 ) {
		return null;
	}
	if ( $base && ! preg_match( '#^[a-z][a-z0-9+.-]*:#i', $raw ) ) {
		$raw = \WP_Http::make_absolute_url( $raw, $base );
	}
	$parts = wp_parse_url( $raw );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return null;
	}
	if ( ! empty( $parts['query'] ) ) {
		$kept = array();
		foreach ( explode( '&', $parts['query'] ) as $pair ) {
			$name = rawurldecode( (string) strtok( $pair, '=' ) );
			if ( ! preg_match( '/^(utm_.*|emci|emdi|ceid|fbclid|gclid|mc_cid|mc_eid)$/i', $name ) ) {
				$kept[] = $pair;
			}
		}
		$query = implode( '&', $kept );
		$raw   = preg_replace( '/\?[^#]*/', '' === $query ? '' : '?' . $query, $raw, 1 );
	}
	$clean = esc_url_raw( $raw, array( 'http', 'https' ) );
	return '' === $clean ? null : $clean;
}

/** An ISO 8601 instant (UTC, with milliseconds, as the widgets write it) for a remote date; a date without a zone is UTC. */
function iso_date( $value ) {
	if ( ! is_string( $value ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}/', $value ) ) {
		return null;
	}
	$has_zone = preg_match( '/T.*([zZ]|[+-]\d{2}:?\d{2})$/', $value ) || false === strpos( $value, 'T' );
	try {
		$date = new \DateTimeImmutable( $has_zone ? $value : $value . 'Z', new \DateTimeZone( 'UTC' ) );
	} catch ( \Exception $e ) {
		return null;
	}
	return $date->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d\TH:i:s.v\Z' );
}

/** Lower-case tags from a list of remote strings, without duplicates. */
function tag_list( $values ) {
	$tags = array();
	foreach ( (array) $values as $value ) {
		if ( ! is_string( $value ) ) {
			continue;
		}
		$tag = lower( collapse_whitespace( $value ) );
		if ( '' !== $tag && mb_strlen( $tag ) <= 100 ) {
			$tags[ $tag ] = true;
		}
	}
	return array_keys( $tags );
}

/**
 * A category mapping written as `slug=kind, slug=kind` (as in the `lp-widgets:wp-kinds` meta)
 * as an array; pairs with an unknown kind are left out.
 *
 * @param string $spec The mapping as typed.
 * @return array<string, string>
 */
function parse_kind_map( $spec ) {
	$kinds = array();
	foreach ( explode( ',', (string) $spec ) as $pair ) {
		$parts = array_map( 'trim', explode( '=', $pair ) );
		if ( 2 === count( $parts ) && '' !== $parts[0] && in_array( $parts[1], KINDS, true ) ) {
			$kinds[ sanitize_title( $parts[0] ) ] = $parts[1];
		}
	}
	return $kinds;
}

/** The mapping back in its `slug=kind, slug=kind` form. */
function format_kind_map( array $kinds ) {
	$pairs = array();
	foreach ( $kinds as $slug => $kind ) {
		$pairs[] = $slug . '=' . $kind;
	}
	return implode( ', ', $pairs );
}

<?php
/**
 * Reads a feed on the server for the no-JavaScript list: a JSON Feed (with `_localprogress`)
 * or a WordPress REST posts response, normalized by the widgets' rules, kept in a short-lived
 * transient, with the last good copy of each feed kept apart for when the endpoint fails.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** How long a fetched feed is used before it is fetched again (the widgets' own freshness). */
const FRESH_SECONDS = 300;
/** After a failed fetch, how long to wait before trying that endpoint again. */
const RETRY_SECONDS = 60;
/** How many feeds' last good copies are kept. */
const LAST_GOOD_MAX = 20;

/**
 * The feed at `$url`, normalized: `array( 'items' => [...], 'contact' => [...]|null )`, or
 * `null` when it could not be read and there is no good copy of it.
 *
 * Each item: `title`, `url`, `summary`, `published` (ISO, or null), `kind`, `tags`.
 *
 * @param string $url The endpoint.
 * @return array|null
 */
function get_feed( $url ) {
	$kinds = kind_map();
	$key   = md5( $url . '|' . wp_json_encode( $kinds ) );
	$cached = get_transient( TRANSIENT_PREFIX . $key );
	if ( is_array( $cached ) ) {
		return isset( $cached['feed'] ) ? $cached['feed'] : null;
	}

	$feed = fetch_feed( $url, $kinds );
	if ( is_array( $feed ) ) {
		set_transient( TRANSIENT_PREFIX . $key, array( 'feed' => $feed ), FRESH_SECONDS );
		remember_good_copy( $key, $url, $feed );
		return $feed;
	}

	// The endpoint failed: show the last good copy, and do not ask again on every page view.
	$good = get_option( LAST_GOOD_OPTION, array() );
	$feed = is_array( $good ) && isset( $good[ $key ]['feed'] ) ? $good[ $key ]['feed'] : null;
	set_transient( TRANSIENT_PREFIX . $key, array( 'feed' => $feed ), RETRY_SECONDS );
	return $feed;
}

/** Keeps a good copy for when the endpoint fails, in one option that is not autoloaded. */
function remember_good_copy( $key, $url, array $feed ) {
	$good = get_option( LAST_GOOD_OPTION, array() );
	$good = is_array( $good ) ? $good : array();
	unset( $good[ $key ] );
	$good[ $key ] = array(
		'url'  => $url,
		'time' => time(),
		'feed' => $feed,
	);
	// The oldest first: keep the newest LAST_GOOD_MAX feeds.
	$good = array_slice( $good, -LAST_GOOD_MAX, null, true );
	if ( false === get_option( LAST_GOOD_OPTION, false ) ) {
		add_option( LAST_GOOD_OPTION, $good, '', 'no' );
	} else {
		update_option( LAST_GOOD_OPTION, $good, false );
	}
}

/**
 * Fetches and normalizes a feed; `null` on any failure (network, HTTP status, not JSON,
 * neither format). Only http/https URLs that wp_safe_remote_get allows are fetched.
 *
 * @param string $url   The endpoint.
 * @param array  $kinds Category slug → kind.
 * @return array|null
 */
function fetch_feed( $url, array $kinds ) {
	if ( null === sanitize_url_value( $url ) ) {
		return null;
	}
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 5,
			'redirection'         => 3,
			'limit_response_size' => 4 * MB_IN_BYTES,
			'headers'             => array( 'Accept' => 'application/feed+json, application/json;q=0.9' ),
		)
	);
	if ( is_wp_error( $response ) || 200 !== (int) wp_remote_retrieve_response_code( $response ) ) {
		return null;
	}
	$doc = json_decode( wp_remote_retrieve_body( $response ), true );
	return normalize_feed( $doc, $kinds, $url );
}

/**
 * A feed document of either format as normalized items; `null` when it is neither. Items
 * without an http(s) link or a title are dropped; a repeated id counts once.
 *
 * @param mixed  $doc   The decoded JSON.
 * @param array  $kinds Category slug → kind, for WordPress posts.
 * @param string $base  The feed's URL, for relative links.
 * @return array|null
 */
function normalize_feed( $doc, array $kinds, $base = null ) {
	$items   = array();
	$contact = null;
	if ( is_array( $doc ) && isset( $doc['version'], $doc['items'] ) && is_string( $doc['version'] ) && 0 === strpos( $doc['version'], 'https://jsonfeed.org/version/1' ) && is_array( $doc['items'] ) && wp_is_numeric_array( $doc['items'] ) ) {
		foreach ( $doc['items'] as $raw ) {
			$items[] = normalize_json_feed_item( $raw, $base );
		}
		$ext     = isset( $doc['_localprogress'] ) && is_array( $doc['_localprogress'] ) ? $doc['_localprogress'] : array();
		$contact = normalize_contact( isset( $ext['contact'] ) ? $ext['contact'] : null );
	} elseif ( is_array( $doc ) && wp_is_numeric_array( $doc ) && ( ! $doc || is_wordpress_posts( $doc ) ) ) {
		foreach ( $doc as $raw ) {
			$items[] = normalize_wordpress_post( $raw, $kinds, $base );
		}
	} else {
		return null;
	}
	$seen = array();
	$kept = array();
	foreach ( array_filter( $items ) as $item ) {
		if ( isset( $seen[ $item['id'] ] ) ) {
			continue;
		}
		$seen[ $item['id'] ] = true;
		unset( $item['id'] );
		$kept[] = $item;
	}
	return array(
		'items'   => $kept,
		'contact' => $contact,
	);
}

/** True when the array looks like a WordPress REST posts collection. */
function is_wordpress_posts( array $doc ) {
	foreach ( $doc as $post ) {
		if ( is_array( $post ) && isset( $post['title'] ) && is_array( $post['title'] ) && array_key_exists( 'rendered', $post['title'] ) && array_key_exists( 'link', $post ) ) {
			return true;
		}
	}
	return false;
}

/** One JSON Feed item, or `null` when it fails validation. */
function normalize_json_feed_item( $raw, $base ) {
	if ( ! is_array( $raw ) || wp_is_numeric_array( $raw ) && $raw ) {
		return null;
	}
	$ext   = isset( $raw['_localprogress'] ) && is_array( $raw['_localprogress'] ) ? $raw['_localprogress'] : array();
	$url   = safe_link_url( isset( $raw['url'] ) ? $raw['url'] : ( isset( $raw['external_url'] ) ? $raw['external_url'] : null ), $base );
	$title = text_field( isset( $raw['title'] ) ? $raw['title'] : null, 300 );
	if ( ! $url || ! $title ) {
		return null;
	}
	$summary_source = null;
	foreach ( array( 'summary', 'content_text', 'content_html' ) as $field ) {
		if ( isset( $raw[ $field ] ) ) {
			$summary_source = $raw[ $field ];
			break;
		}
	}
	$id = isset( $raw['id'] ) && ( is_string( $raw['id'] ) || is_int( $raw['id'] ) || is_float( $raw['id'] ) ) ? substr( (string) $raw['id'], 0, 500 ) : $url;
	return array(
		'id'        => $id,
		'kind'      => isset( $ext['kind'] ) && in_array( $ext['kind'], KINDS, true ) ? $ext['kind'] : 'blog',
		'title'     => $title,
		'url'       => $url,
		'summary'   => clean_summary( $summary_source ),
		'tags'      => isset( $raw['tags'] ) && is_array( $raw['tags'] ) ? tag_list( $raw['tags'] ) : array(),
		'published' => iso_date( isset( $raw['date_published'] ) ? $raw['date_published'] : ( isset( $raw['date_modified'] ) ? $raw['date_modified'] : null ) ),
	);
}

/** One post of a `/wp/v2/posts?_embed` response, or `null` when it fails validation. */
function normalize_wordpress_post( $raw, array $kinds, $base ) {
	if ( ! is_array( $raw ) ) {
		return null;
	}
	$url   = safe_link_url( isset( $raw['link'] ) ? $raw['link'] : null, $base );
	$title = text_field( isset( $raw['title']['rendered'] ) ? $raw['title']['rendered'] : null, 300 );
	if ( ! $url || ! $title ) {
		return null;
	}
	$categories = array();
	$slugs      = array();
	$groups     = isset( $raw['_embedded']['wp:term'] ) && is_array( $raw['_embedded']['wp:term'] ) ? $raw['_embedded']['wp:term'] : array();
	foreach ( $groups as $group ) {
		foreach ( is_array( $group ) ? $group : array() as $term ) {
			if ( is_array( $term ) && isset( $term['slug'], $term['taxonomy'] ) && is_string( $term['slug'] ) && is_string( $term['taxonomy'] ) ) {
				$slugs[] = $term['slug'];
				if ( 'category' === $term['taxonomy'] ) {
					$categories[] = $term['slug'];
				}
			}
		}
	}
	$kind = 'blog';
	foreach ( $categories as $slug ) {
		if ( isset( $kinds[ $slug ] ) ) {
			$kind = $kinds[ $slug ];
			break;
		}
	}
	$id = isset( $raw['id'] ) && ( is_int( $raw['id'] ) || is_string( $raw['id'] ) ) ? 'wp:' . substr( (string) $raw['id'], 0, 100 ) : $url;
	return array(
		'id'        => $id,
		'kind'      => $kind,
		'title'     => $title,
		'url'       => $url,
		'summary'   => clean_summary( isset( $raw['excerpt']['rendered'] ) ? $raw['excerpt']['rendered'] : null ),
		'tags'      => tag_list( $slugs ),
		'published' => iso_date( isset( $raw['date_gmt'] ) ? $raw['date_gmt'] : ( isset( $raw['date'] ) ? $raw['date'] : null ) ),
	);
}

/** The feed-level press contact, with every field checked. */
function normalize_contact( $raw ) {
	if ( ! is_array( $raw ) ) {
		return null;
	}
	$contact = array_filter(
		array(
			'heading' => text_field( isset( $raw['heading'] ) ? $raw['heading'] : null, 120 ),
			'text'    => text_field( isset( $raw['text'] ) ? $raw['text'] : null, 600 ),
			'email'   => sanitize_value( array( 'rule' => 'email' ), isset( $raw['email'] ) && is_string( $raw['email'] ) ? $raw['email'] : null ),
			'phone'   => sanitize_value( array( 'rule' => 'phone' ), isset( $raw['phone'] ) && is_string( $raw['phone'] ) ? $raw['phone'] : null ),
		)
	);
	return $contact ? $contact : null;
}

/**
 * The items one widget shows: its kind, any of its tags (comma-separated), at most `$limit`.
 *
 * @param array  $items Normalized items.
 * @param string $kind  The widget's kind.
 * @param string $tag   The `tag` attribute.
 * @param int    $limit How many.
 * @return array
 */
function select_items( array $items, $kind, $tag, $limit ) {
	$wanted = array_values( array_filter( array_map( __NAMESPACE__ . '\\lower', array_map( 'trim', explode( ',', (string) $tag ) ) ) ) );
	$shown  = array();
	foreach ( $items as $item ) {
		if ( $item['kind'] !== $kind || ( $wanted && ! array_intersect( $item['tags'], $wanted ) ) ) {
			continue;
		}
		$shown[] = $item;
		if ( count( $shown ) >= $limit ) {
			break;
		}
	}
	return $shown;
}

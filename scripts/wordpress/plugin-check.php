<?php
/*
 * Server-side checks of the plugin, on the installed test site, with the endpoints answered
 * in-process (pre_http_request) so that every case is exact:
 *
 *   php plugin-check.php SITE_DIR FEED_JSON MANIFEST_JSON
 *
 * FEED_JSON is demo/data/localprogress.json (the site was seeded from it) and MANIFEST_JSON is
 * seed.php's manifest: the expected values come from them, not from the plugin. Exits 1 with
 * the failed checks listed.
 */
if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php plugin-check.php SITE_DIR FEED_JSON MANIFEST_JSON\n" );
	exit( 2 );
}
list( , $site, $feed_file, $manifest_file ) = $argv;
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require rtrim( $site, '/' ) . '/wp-load.php';

use function LocalProgress\Widgets\add_rest_cache_headers;
use function LocalProgress\Widgets\sanitize_settings;
use function LocalProgress\Widgets\widgets;

$failures = array();
$passed   = 0;
function check( $ok, $what, $detail = '' ) {
	global $failures, $passed;
	if ( $ok ) {
		$passed++;
		return;
	}
	$failures[] = $what . ( '' !== $detail ? "\n      " . $detail : '' );
}
function same( $actual, $expected, $what ) {
	check( $actual === $expected, $what, 'expected ' . wp_json_encode( $expected, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . "\n      actual   " . wp_json_encode( $actual, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
}

$feed     = json_decode( file_get_contents( $feed_file ), true );
$manifest = json_decode( file_get_contents( $manifest_file ), true );

// --- Endpoints answered in-process: URL → [status, body]; anything else is a network error.
$answers  = array();
$requests = array();
add_filter(
	'pre_http_request',
	function ( $pre, $args, $url ) use ( &$answers, &$requests ) {
		$requests[] = $url;
		if ( ! isset( $answers[ $url ] ) ) {
			return new WP_Error( 'http_request_failed', 'no answer for ' . $url );
		}
		list( $status, $body ) = $answers[ $url ];
		return array(
			'headers'  => array( 'content-type' => 'application/json' ),
			'body'     => $body,
			'response' => array(
				'code'    => $status,
				'message' => 'x',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);

/** The items of an element's server-rendered list: [ [href, title, datetime, summary], … ]. */
function listed( $html ) {
	preg_match_all( '#<li><a href="([^"]*)">([^<]*)</a>(?: <time datetime="([^"]*)">[^<]*</time>)?(?:<p>([^<]*)</p>)?</li>#', $html, $m, PREG_SET_ORDER );
	return array_map(
		function ( $row ) {
			return array(
				'href'     => html_entity_decode( $row[1], ENT_QUOTES | ENT_HTML5 ),
				'title'    => html_entity_decode( $row[2], ENT_QUOTES | ENT_HTML5 ),
				'datetime' => isset( $row[3] ) ? $row[3] : '',
				'summary'  => isset( $row[4] ) ? html_entity_decode( $row[4], ENT_QUOTES | ENT_HTML5 ) : '',
			);
		},
		$m
	);
}
/** The fixture's items of a kind (with any of the tags), in feed order, at most `$limit`. */
function expected_items( $items, $kind, $tags, $limit ) {
	$out = array();
	foreach ( $items as $item ) {
		if ( $item['_localprogress']['kind'] === $kind && ( ! $tags || array_intersect( $tags, $item['tags'] ) ) ) {
			$out[] = $item;
		}
	}
	return array_slice( $out, 0, $limit );
}
function iso_ms( $date ) {
	return gmdate( 'Y-m-d\TH:i:s.000\Z', strtotime( $date ) );
}

// --- 1. A JSON Feed: kinds, tag filter, limit, dates, text -------------------------------------
$json_url             = 'https://feeds.example.org/feed.json';
$answers[ $json_url ] = array( 200, file_get_contents( $feed_file ) );

$html  = do_shortcode( '[lp_news_feed src="' . $json_url . '" limit="2"]' );
$shown = listed( $html );
$news  = expected_items( $feed['items'], 'news', array(), 2 );
same( array_column( $shown, 'title' ), array_column( $news, 'title' ), 'JSON Feed: the two newest news items, by title' );
same( array_column( $shown, 'href' ), array_column( $news, 'url' ), 'JSON Feed: each title links to the item' );
same( array_column( $shown, 'datetime' ), array_map( 'iso_ms', array_column( $news, 'date_published' ) ), 'JSON Feed: <time datetime> is the ISO date' );
same( array_column( $shown, 'summary' ), array_column( $news, 'summary' ), 'JSON Feed: the summaries as text' );
check( 1 === preg_match( '#^<lp-news-feed src="' . preg_quote( $json_url, '#' ) . '" limit="2"><h2>In the News</h2><ul>#', $html ), 'the element, its attributes, then the heading (level 2) and the list', $html );

$html  = do_shortcode( '[lp_blog_grid src="' . $json_url . '" tag="texas, FLORIDA" heading_level="3" limit="4"]' );
$blogs = expected_items( $feed['items'], 'blog', array( 'texas', 'florida' ), 4 );
same( array_column( listed( $html ), 'title' ), array_column( $blogs, 'title' ), 'JSON Feed: tag is any of a comma-separated list, case-insensitive, then limit' );
check( false !== strpos( $html, '<h3>Our Blog</h3>' ) && false !== strpos( $html, 'heading-level="3"' ), 'heading_level sets the heading\'s level and the element\'s heading-level', $html );

$html = do_shortcode( '[lp_press_releases src="' . $json_url . '" limit="0" heading=""]' );
same( count( listed( $html ) ), 1, 'limit is clamped to 1–100 (0 shows one)' );
check( false === strpos( $html, '<h2' ) && false !== strpos( $html, 'heading=""' ), 'heading="" hides the heading', $html );

$html = do_shortcode( '[lp_news_feed src="' . $json_url . '" tag="no-such-tag" more_href="https://localprogress.org/news/"]' );
check( false !== strpos( $html, '<p>No news yet</p>' ) && false !== strpos( $html, '<a href="https://localprogress.org/news/">See all news</a>' ), 'an empty selection says so, with the "see all" link', $html );

$contact = $feed['_localprogress']['contact'];
$html    = do_shortcode( '[lp_media_inquiry src="' . $json_url . '"]' );
check( false !== strpos( $html, '<h2>' . esc_html( $contact['heading'] ) . '</h2>' ) && false !== strpos( $html, '<a href="mailto:' . $contact['email'] . '">' ) && false !== strpos( $html, esc_html( $contact['text'] ) ), 'media inquiry: heading, text and email from the feed\'s contact', $html );
$html = do_shortcode( '[lp_media_inquiry email="press@example.org" phone="+1 202 555 0143"]Call us[/lp_media_inquiry]' );
check( 1 === preg_match( '#^<lp-media-inquiry email="press@example.org" phone="\+1 202 555 0143">.*Call us.*<a href="tel:\+12025550143">#', $html ) && false === strpos( $html, ' src=' ), 'media inquiry: attributes win, content is the text, no feed without src when there is an email', $html );

// --- 2. Hostile remote content: text only, http(s) links only -------------------------------------
$hostile_url             = 'https://feeds.example.org/hostile.json';
$answers[ $hostile_url ] = array(
	200,
	wp_json_encode(
		array(
			'version' => 'https://jsonfeed.org/version/1.1',
			'items'   => array(
				array( 'id' => '1', 'url' => 'javascript:alert(1)', 'title' => 'Script link', '_localprogress' => array( 'kind' => 'news' ) ),
				array( 'id' => '2', 'url' => 'data:text/html,<script>alert(1)</script>', 'title' => 'Data link', '_localprogress' => array( 'kind' => 'news' ) ),
				array(
					'id'             => '3',
					'url'            => 'https://example.org/story?utm_source=x&id=7',
					'title'          => '<b>Bold</b> &amp; <script>alert(1)</script>"quoted"',
					'summary'        => '<img src=x onerror=alert(1)>For Immediate Release: May 1, 2024 <p>Text</p> Media Contact: x@example.org',
					'date_published' => '2024-05-01T10:00:00-04:00',
					'_localprogress' => array( 'kind' => 'news' ),
				),
				array( 'id' => '4', 'url' => 'https://example.org/untitled', 'title' => '<i></i>', '_localprogress' => array( 'kind' => 'news' ) ),
			),
		)
	),
);
$html  = do_shortcode( '[lp_news_feed src="' . $hostile_url . '" limit="10"]' );
$shown = listed( $html );
same( array_column( $shown, 'title' ), array( 'Bold & "quoted"' ), 'hostile feed: items without an http(s) link or a title are dropped; titles are text' );
same( array_column( $shown, 'href' ), array( 'https://example.org/story?id=7' ), 'hostile feed: tracking parameters are removed from links' );
same( array_column( $shown, 'summary' ), array( 'Text' ), 'hostile feed: summaries are text, without press-release boilerplate' );
same( array_column( $shown, 'datetime' ), array( '2024-05-01T14:00:00.000Z' ), 'hostile feed: dates in UTC' );
check( false === stripos( $html, '<script' ) && false === stripos( $html, 'javascript:' ) && false === stripos( $html, 'onerror' ) && false === stripos( $html, '<b>' ), 'hostile feed: no markup from the feed reaches the page', $html );

// Every widget so far read a JSON Feed: none of them asked for the WordPress reader (section 6c).
$reader_for_json_feeds = wp_script_is( 'lp-wordpress', 'enqueued' );

// --- 3. Hostile shortcode attributes come out escaped ---------------------------------------------
$hostile = array(
	'[lp_news_feed src="' . $json_url . '" heading=\'"><script>alert(1)</script>\' more_href="javascript:alert(1)" more_label="<img src=x onerror=alert(1)>" tag=\'" onmouseover="alert(1)\' lang=\'en" onload="x\' theme="dark<script>" heading_level="9" date_style="long\'><svg onload=alert(1)>"]',
	'[lp_blog_grid src="javascript:alert(document.cookie)" heading="Tom &amp; Jerry\'s <em>news</em>" columns="2 onclick=alert(1)"]',
	'[lp_media_inquiry email="press@example.org<script>" phone="javascript:alert(1)" action="javascript:alert(1)" heading="<script>x</script>Contact"]<script>alert(1)</script>Write to us[/lp_media_inquiry]',
);
foreach ( $hostile as $shortcode ) {
	$html = do_shortcode( $shortcode );
	check( false === stripos( $html, '<script' ) && false === stripos( $html, 'javascript:' ) && false === stripos( $html, '<img' ) && false === stripos( $html, '<svg' ), 'hostile attributes: no <script>, <img>, <svg> or javascript: in the output', $shortcode . "\n      " . $html );
	check( 1 === preg_match( '#^<lp-[a-z-]+(?: [a-z-]+="[^"<>]*")*>#', $html ), 'hostile attributes: the element\'s opening tag has only well-formed, quoted attributes', $html );
	check( 0 === preg_match( '#\s(on[a-z]+)\s*=#i', preg_replace( '#"[^"]*"#', '""', (string) strtok( $html, '>' ) ) ), 'hostile attributes: no event handler attribute', $html );
}
$html = do_shortcode( $hostile[0] );
check( false !== strpos( $html, 'heading="&quot;&gt;"' ) && false !== strpos( $html, '<h6>&quot;&gt;</h6>' ), 'hostile attributes: a heading with quotes is escaped in the attribute and the text; heading_level 9 is clamped to 6', $html );
check( false === strpos( $html, 'more-href' ) && false === strpos( $html, ' lang=' ) && false === strpos( $html, ' theme=' ) && false === strpos( $html, 'date-style' ), 'hostile attributes: invalid URL, language, theme and date style are left out', $html );
check( false !== strpos( $html, 'tag="&quot; onmouseover=&quot;alert(1)"' ), 'hostile attributes: a tag with quotes stays inside its attribute', $html );
$html = do_shortcode( $hostile[1] );
check( false !== strpos( $html, ' src="' . esc_url( LocalProgress\Widgets\default_endpoint() ) . '"' ), 'hostile attributes: a javascript: src falls back to the default endpoint', $html );
check( false !== strpos( $html, 'heading="Tom &amp;amp; Jerry&#039;s news"' ) || false !== strpos( $html, 'heading="Tom &amp; Jerry&#039;s news"' ), 'hostile attributes: a heading with markup becomes its text', $html );

// --- 4. A WordPress REST source: kinds by category mapping ---------------------------------------
$request = new WP_REST_Request( 'GET', '/wp/v2/posts' );
$request->set_query_params( array( 'per_page' => 100 ) );
$server   = rest_get_server();
$data     = $server->response_to_data( rest_do_request( $request ), true );
$rest_url = 'https://chapter.example.org/wp-json/wp/v2/posts?_embed&per_page=100';
$answers[ $rest_url ] = array( 200, wp_json_encode( $data ) );
$kinds_of = array();
foreach ( $manifest['posts'] as $post ) {
	$kinds_of[ $post['link'] ] = $post['kind'];
}
foreach ( array( 'news-feed' => 'news', 'press-releases' => 'press-release', 'blog-grid' => 'blog' ) as $widget => $kind ) {
	$html     = do_shortcode( '[lp_' . str_replace( '-', '_', $widget ) . ' src="' . $rest_url . '" limit="100"]' );
	$links    = array_column( listed( $html ), 'href' );
	$expected = array_keys( array_filter( $kinds_of, function ( $k ) use ( $kind ) { return $k === $kind; } ) );
	sort( $links );
	sort( $expected );
	same( $links, $expected, "WordPress source: $widget lists exactly the seeded posts of kind $kind" );
}
$html = do_shortcode( '[lp_press_releases src="' . $rest_url . '" limit="100"]' );
check( false === strpos( $html, 'For Immediate Release' ) && false === strpos( $html, '[&hellip;]' ) && false === strpos( $html, '&amp;#8217;' ), 'WordPress source: automatic excerpts lose their boilerplate and tail; entities are decoded once', $html );

// The site's own mapping: "texas" posts become press releases.
$settings          = get_option( 'lp_widgets_settings' );
$settings['kinds'] = 'texas=press-release, bogus=nothing';
update_option( 'lp_widgets_settings', $settings );
$texas = array_keys( array_filter( array_column( $manifest['posts'], 'categories', 'link' ), function ( $c ) { return 'texas' === $c[0]; } ) );
$html  = do_shortcode( '[lp_press_releases src="' . $rest_url . '" limit="100"]' );
check( ! array_diff( $texas, array_column( listed( $html ), 'href' ) ) && count( $texas ) > 0, 'WordPress source: a post whose first category the site maps to press-release is listed as one', wp_json_encode( $texas ) );
same( LocalProgress\Widgets\kinds_meta(), '<meta name="lp-widgets:wp-kinds" content="texas=press-release">' . "\n", 'the mapping reaches the page as the widgets\' meta, without the invalid pair' );
$settings['kinds'] = '';
update_option( 'lp_widgets_settings', $settings );

// --- 5. Caching: a short-lived transient, the last good copy when the endpoint fails ---------------
global $wpdb;
$timeouts = $wpdb->get_col( "SELECT option_value FROM {$wpdb->options} WHERE option_name LIKE '\_transient\_timeout\_lp\_widgets\_feed\_%'" );
check( count( $timeouts ) > 0 && max( array_map( 'intval', $timeouts ) ) - time() <= 300, 'the feeds are cached in transients that live at most 5 minutes', wp_json_encode( $timeouts ) );
$before   = count( $requests );
do_shortcode( '[lp_news_feed src="' . $json_url . '"]' );
same( count( $requests ), $before, 'a cached feed is not fetched again' );

// The endpoint now fails, and the short-lived copy has expired.
$answers[ $json_url ] = array( 503, 'Service Unavailable' );
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\_transient%lp\_widgets\_feed\_%'" );
wp_cache_flush();
$html = do_shortcode( '[lp_news_feed src="' . $json_url . '" limit="2"]' );
same( count( $requests ), $before + 1, 'after the transient expires the endpoint is asked again' );
same( array_column( listed( $html ), 'title' ), array_column( $news, 'title' ), 'a failed fetch keeps the last good copy on the page' );
$html = do_shortcode( '[lp_news_feed src="https://down.example.org/feed.json" more_href="https://localprogress.org/news/" more_label="All our news"]' );
check( false === strpos( $html, '<ul>' ) && false !== strpos( $html, '<a href="https://localprogress.org/news/">All our news</a>' ), 'a failed fetch with no good copy renders the "see all" link', $html );
$before = count( $requests );
do_shortcode( '[lp_news_feed src="https://down.example.org/feed.json"]' );
same( count( $requests ), $before, 'a failed endpoint is not asked again on the next page view' );

// --- 6. Script loading: once, the classic build where there are no script modules -----------------
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	check( wp_script_is( 'lp-widgets', 'enqueued' ), 'without script modules (WordPress ' . get_bloginfo( 'version' ) . ') the classic build is enqueued' );
	check( false !== strpos( wp_scripts()->registered['lp-widgets']->src, '/local-progress-widgets/build/lp-widgets.classic.js' ), 'the classic build comes from the plugin, not a CDN', wp_scripts()->registered['lp-widgets']->src );
}

// --- 6b. The inquiry form's file: only for a box with a valid form address ---------------------
// Every media inquiry box so far had no form address, or the hostile javascript: one.
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	check( ! wp_script_is( 'lp-inquiry-form', 'enqueued' ), 'boxes without a valid form address (none, or javascript:) do not load lp-inquiry-form.js' );
	$form_action = 'https://press.example.org/inquiry';
	$html        = do_shortcode( '[lp_media_inquiry email="press@example.org" action="' . $form_action . '"]' );
	check( false !== strpos( $html, ' action="' . $form_action . '"' ), 'a shortcode\'s form address is written on the element', $html );
	check( wp_script_is( 'lp-inquiry-form', 'enqueued' ), 'a shortcode with a form address loads lp-inquiry-form.js' );
	$form_script = wp_scripts()->registered['lp-inquiry-form'];
	check( false !== strpos( $form_script->src, '/local-progress-widgets/build/lp-inquiry-form.js' ), 'the form\'s file comes from the plugin, not a CDN', $form_script->src );
	same( $form_script->ver, get_plugin_data( LP_WIDGETS_FILE )['Version'], 'the form\'s file carries the plugin\'s version, as the bundle does' );
	wp_dequeue_script( 'lp-inquiry-form' );
	do_blocks( '<!-- wp:local-progress/media-inquiry {"email":"press@example.org","action":"' . $form_action . '"} /-->' );
	check( wp_script_is( 'lp-inquiry-form', 'enqueued' ), 'a block with a form address loads lp-inquiry-form.js' );
}

// --- 6c. The WordPress reader's file: only for a widget whose endpoint is a WordPress REST URL ----
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	check( ! $reader_for_json_feeds, 'widgets that read a JSON Feed do not load lp-wordpress.js' );
	$urls = array(
		'https://example.org/wp-json/wp/v2/posts?_embed',
		'https://example.org/chapter/wp-json/wp/v2/statements',
		'https://example.org/?rest_route=/wp/v2/posts&_embed',
		'https://example.org/feed.json',
		'https://example.org/wp-jsonfeed/posts',
		'https://example.org/feed.json?source=rest_route',
	);
	same( array_map( 'LocalProgress\Widgets\is_rest_url', $urls ), array( true, true, true, false, false, false ), 'a WordPress REST URL: /wp-json/ in the path, or a rest_route= query' );
	wp_dequeue_script( 'lp-wordpress' );
	do_shortcode( '[lp_news_feed src="' . $rest_url . '"]' );
	check( wp_script_is( 'lp-wordpress', 'enqueued' ), 'a shortcode that reads a WordPress REST URL loads lp-wordpress.js' );
	$reader_script = wp_scripts()->registered['lp-wordpress'];
	check( false !== strpos( $reader_script->src, '/local-progress-widgets/build/lp-wordpress.js' ), 'the reader comes from the plugin, not a CDN', $reader_script->src );
	same( $reader_script->ver, get_plugin_data( LP_WIDGETS_FILE )['Version'], 'the reader carries the plugin\'s version, as the bundle does' );
	$queue = wp_scripts()->queue;
	check( array_search( 'lp-wordpress', $queue, true ) < array_search( 'lp-widgets', $queue, true ), 'the reader is printed before the widgets\' bundle', wp_json_encode( $queue ) );
	wp_dequeue_script( 'lp-wordpress' );
	do_shortcode( '[lp_media_inquiry src="' . $rest_url . '"]' );
	check( wp_script_is( 'lp-wordpress', 'enqueued' ), 'a media inquiry box that reads a WordPress REST URL loads lp-wordpress.js' );
	// A block without src reads the default endpoint. (Custom endpoints answered in-process: a
	// failed read of the site's own would keep the front end's lists empty for a minute.)
	$saved    = get_option( 'lp_widgets_settings' );
	$defaults = array(
		array( $rest_url, true, 'a WordPress REST URL' ),
		array( $json_url, false, 'a JSON Feed' ),
	);
	foreach ( $defaults as list( $endpoint, $loads, $what ) ) {
		update_option( 'lp_widgets_settings', array_merge( $saved, array( 'endpoint' => 'custom', 'endpoint_url' => $endpoint ) ) );
		wp_dequeue_script( 'lp-wordpress' );
		$html = do_blocks( '<!-- wp:local-progress/blog-grid /-->' );
		check( false !== strpos( $html, ' src="' . esc_url( $endpoint ) . '"' ), "a block without src reads the default endpoint, $what", $html );
		same( wp_script_is( 'lp-wordpress', 'enqueued' ), $loads, "a block without src, where the default endpoint is $what: " . ( $loads ? 'loads' : 'does not load' ) . ' lp-wordpress.js' );
	}
	update_option( 'lp_widgets_settings', $saved );
}

// --- 7. Blocks: block.json attributes are the widgets' attributes --------------------------------
foreach ( widgets() as $widget => $definition ) {
	$type = WP_Block_Type_Registry::get_instance()->get_registered( 'local-progress/' . $widget );
	check( null !== $type, "block local-progress/$widget is registered" );
	if ( $type ) {
		same( array_diff( array_keys( $type->attributes ), array( 'align', 'className', 'lock' ) ), array_keys( $definition['attributes'] ), "block local-progress/$widget has the element's attributes" );
		same( $type->api_version, 2, "block local-progress/$widget uses block API 2 (WordPress 6.1)" );
	}
}
$html = do_blocks( '<!-- wp:local-progress/news-feed {"src":"' . $json_url . '","limit":1,"headingLevel":3,"className":"is-style-x"} /-->' );
check( 1 === preg_match( '#^<lp-news-feed src="[^"]+" limit="1" heading-level="3" class="(is-style-x wp-block-local-progress-news-feed|wp-block-local-progress-news-feed is-style-x)"><h3>#', trim( $html ) ), 'a block renders the element with the block wrapper\'s class, on the server', $html );

// --- 8. Settings: only valid values are saved; the REST headers follow the checkbox ----------------
same( sanitize_settings( array( 'endpoint' => 'custom', 'endpoint_url' => 'javascript:alert(1)' ) )['endpoint'], 'national', 'settings: a custom endpoint that is not http(s) is refused' );
same( sanitize_settings( array( 'endpoint' => 'custom', 'endpoint_url' => 'https://x.example/feed.json', 'kinds' => 'a=news,b=<script>' ) ), array( 'endpoint' => 'custom', 'endpoint_url' => 'https://x.example/feed.json', 'kinds' => 'a=news', 'rest_cache' => false ), 'settings: an https endpoint and the valid pairs are kept' );

remove_all_filters( 'rest_post_dispatch' ); // the test site's own mu-plugin sends the same headers
$posts_request = new WP_REST_Request( 'GET', '/wp/v2/posts' );
$dispatch      = function () use ( $server, $posts_request ) {
	return apply_filters( 'rest_post_dispatch', new WP_REST_Response( array() ), $server, $posts_request );
};
do_action( 'rest_api_init', $server );
same( $dispatch()->get_headers(), array(), 'REST headers: off by default' );
add_rest_cache_headers();
$headers = $dispatch()->get_headers();
same( isset( $headers['Cache-Control'] ) ? $headers['Cache-Control'] : null, 'public, max-age=300, stale-while-revalidate=86400', 'REST headers: Cache-Control on /wp/v2/posts when on' );

printf( "[plugin] server-side checks: %d passed, %d failed\n", $passed, count( $failures ) );
if ( $failures ) {
	fwrite( STDERR, '[plugin] FAILED:' . "\n  - " . implode( "\n  - ", $failures ) . "\n" );
	exit( 1 );
}

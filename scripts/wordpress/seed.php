<?php
/*
 * Seeds the test site from our sample feed, the way an editor would have entered it in
 * wp-admin:   php seed.php SITE_DIR FEED_JSON MANIFEST_JSON [ONLY_TAG]
 *
 * - every item of demo/data/localprogress.json becomes a published post, with its date, its
 *   tags, and a category that maps to its kind (In The News, Press Releases, Blog); Texas
 *   blog posts also sit in "Texas", and one sits in "Texas" only (an unmapped category);
 * - titles and excerpts are typed with straight quotes, so WordPress's wptexturize turns
 *   them into entities (&#8217; &#8220; &#038; …) in title.rendered / excerpt.rendered;
 * - most posts have a hand-written excerpt (the item's summary); a few have none, so
 *   WordPress writes one from the body: two press releases whose body starts
 *   "For Immediate Release: …" (one long enough for WordPress's " [&hellip;]" tail);
 * - items with an image get a featured image: a file drawn with GD, imported with
 *   wp_insert_attachment + wp_generate_attachment_metadata (so media_details.sizes exist),
 *   with its alt text and its photo credit as the attachment caption; one press release gets
 *   an image with neither;
 * - two "Statements" of a custom post type (see mu-plugins/lp-test-post-types.php);
 * - media coverage has its outlet and outbound link in the custom fields lp_outlet and
 *   lp_external_url, shown in REST as meta.
 *
 * MANIFEST_JSON records what was created (ids, kinds, expected alt/credit, WordPress's own
 * srcset for each image) for the tests to compare against.
 */
if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php seed.php SITE_DIR FEED_JSON MANIFEST_JSON [ONLY_TAG]\n" );
	exit( 2 );
}
list( , $site, $feed_file, $manifest_file ) = $argv;

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
function wp_mail() {
	return true;
}
require rtrim( $site, '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

if ( ! function_exists( 'imagecreatetruecolor' ) ) {
	fwrite( STDERR, "PHP's GD extension is missing: apt-get install php-gd\n" );
	exit( 1 );
}

// An administrator, like the editors of a real site: their HTML is kept as typed (no kses).
wp_set_current_user( 1 );

// The installer's "Hello world!" post: a real site has deleted it long ago.
wp_delete_post( 1, true );

$feed = json_decode( file_get_contents( $feed_file ), true );
if ( ! is_array( $feed ) || ! isset( $feed['items'] ) ) {
	fwrite( STDERR, "Not a JSON Feed: $feed_file\n" );
	exit( 1 );
}

function lp_fail( $what, $error ) {
	fwrite( STDERR, $what . ': ' . ( is_wp_error( $error ) ? $error->get_error_message() : (string) $error ) . "\n" );
	exit( 1 );
}

/** A term's id, created when missing. */
function lp_term( $name, $slug, $taxonomy ) {
	$term = get_term_by( 'slug', $slug, $taxonomy );
	if ( $term ) {
		return (int) $term->term_id;
	}
	$created = wp_insert_term( $name, $taxonomy, array( 'slug' => $slug ) );
	if ( is_wp_error( $created ) ) {
		lp_fail( "term $slug", $created );
	}
	return (int) $created['term_id'];
}

/** What an editor types: straight quotes (WordPress curls them when it renders). */
function lp_typed( $text ) {
	return str_replace( array( '‘', '’', '“', '”', ' – ' ), array( "'", "'", '"', '"', ' - ' ), $text );
}

function lp_slug_of( $url ) {
	$path = trim( (string) wp_parse_url( $url, PHP_URL_PATH ), '/' );
	$parts = explode( '/', $path );
	return rawurldecode( end( $parts ) );
}

$tag_names = array(
	'workers-rights' => "Workers' Rights",
	'hb-1'           => 'HB 1',
	'lptx'           => 'LPTX',
);

$kind_categories = array(
	'news'          => array( 'In The News', 'in-the-news' ),
	'press-release' => array( 'Press Releases', 'press-releases' ),
	'blog'          => array( 'Blog', 'blog' ),
);
$category_ids = array();
foreach ( $kind_categories as $kind => list( $name, $slug ) ) {
	$category_ids[ $slug ] = lp_term( $name, $slug, 'category' );
}
$category_ids['texas'] = lp_term( 'Texas', 'texas', 'category' );

/** Draws a picture with a label, the size of a typical upload. */
function lp_draw_image( $path, $width, $height, $label, $type ) {
	$image = imagecreatetruecolor( $width, $height );
	$seed  = crc32( $label );
	for ( $x = 0; $x < $width; $x += 16 ) {
		$shade = (int) ( 255 * $x / $width );
		$color = imagecolorallocate( $image, ( $seed >> 16 ) & 0xff, $shade, ( $seed & 0xff ) ^ $shade );
		imagefilledrectangle( $image, $x, 0, $x + 15, $height - 1, $color );
	}
	$white = imagecolorallocate( $image, 255, 255, 255 );
	imagefilledrectangle( $image, 0, $height - 60, $width - 1, $height - 1, imagecolorallocate( $image, 20, 20, 20 ) );
	imagestring( $image, 5, 20, $height - 40, $label, $white );
	$ok = 'png' === $type ? imagepng( $image, $path, 6 ) : imagejpeg( $image, $path, 82 );
	imagedestroy( $image );
	if ( ! $ok ) {
		lp_fail( 'draw image', $path );
	}
}

/** Imports a picture as the post's featured image; returns what the tests expect of it. */
function lp_featured_image( $post_id, $image_url, $alt, $caption_html, $date, $date_gmt ) {
	$name = basename( (string) wp_parse_url( $image_url, PHP_URL_PATH ) );
	$type = 'png' === strtolower( pathinfo( $name, PATHINFO_EXTENSION ) ) ? 'png' : 'jpeg';
	list( $width, $height ) = 'png' === $type ? array( 1200, 800 ) : array( 1600, 1067 );

	$uploads = wp_upload_dir( substr( $date_gmt, 0, 4 ) . '/' . substr( $date_gmt, 5, 2 ) );
	if ( ! empty( $uploads['error'] ) ) {
		lp_fail( 'uploads', $uploads['error'] );
	}
	$file = $uploads['path'] . '/' . wp_unique_filename( $uploads['path'], $name );
	lp_draw_image( $file, $width, $height, $name, $type );

	$attachment_id = wp_insert_attachment(
		array(
			'post_mime_type' => 'image/' . $type,
			'post_title'     => pathinfo( $name, PATHINFO_FILENAME ),
			'post_content'   => '',
			'post_excerpt'   => $caption_html, // The caption: where sites put the photo credit.
			'post_status'    => 'inherit',
			'post_date'      => $date,
			'post_date_gmt'  => $date_gmt,
		),
		$file,
		$post_id,
		true
	);
	if ( is_wp_error( $attachment_id ) ) {
		lp_fail( "attachment $name", $attachment_id );
	}
	wp_update_attachment_metadata( $attachment_id, wp_generate_attachment_metadata( $attachment_id, $file ) );
	if ( '' !== $alt ) {
		update_post_meta( $attachment_id, '_wp_attachment_image_alt', $alt );
	}
	set_post_thumbnail( $post_id, $attachment_id );

	$meta = wp_get_attachment_metadata( $attachment_id );
	return array(
		'id'      => $attachment_id,
		'alt'     => $alt,
		'caption' => $caption_html,
		'width'   => $meta['width'],
		'height'  => $meta['height'],
		'sizes'   => array_keys( $meta['sizes'] ),
		// What WordPress itself puts in an <img srcset> for this picture at full size.
		'srcset'  => wp_get_attachment_image_srcset( $attachment_id, 'full' ),
	);
}

/*
 * Posts without a hand-written excerpt, and their bodies. The press-release bodies follow the
 * usual layout (release line, media contact, dateline) and are made of the sample feed's own
 * texts, so that WordPress's automatic excerpt carries the boilerplate.
 */
$by_slug = array();
foreach ( $feed['items'] as $item ) {
	$by_slug[ lp_slug_of( $item['id'] ) ] = $item;
}
$contact_text = $feed['_localprogress']['contact']['text'];
$auto_excerpt_bodies = array(
	'local-progress-condemns-cruel-supreme-court-decision-in-grants-pass-v-johnson' =>
		"<p>For Immediate Release: June 28, 2024</p>\n" .
		"<p>Media Contact: Local Progress Communications, press@localprogress.org</p>\n" .
		'<p>WASHINGTON, DC - ' . $by_slug['local-progress-condemns-cruel-supreme-court-decision-in-grants-pass-v-johnson']['summary'] . "</p>\n" .
		'<p>' . $by_slug['after-grants-pass-organizing-to-house-all-our-neighbors']['summary'] . "</p>\n" .
		'<p>' . $contact_text . "</p>\n",
	'new-report-how-local-government-can-stand-up-for-workers-when-states-try-to-stand-in-their-way' =>
		"<p>For Immediate Release: September 2, 2024</p>\n" .
		'<p>WASHINGTON, DC - ' . $by_slug['new-report-how-local-government-can-stand-up-for-workers-when-states-try-to-stand-in-their-way']['summary'] . "</p>\n",
	'were-hiring-a-membership-organizer' => null,
	'october-federal-advocacy-roundup'   => null,
);
// A second site (the chapter's) holds only the items of one tag: php seed.php … texas
if ( isset( $argv[4] ) ) {
	$only_tag      = $argv[4];
	$feed['items'] = array_values(
		array_filter(
			$feed['items'],
			function ( $item ) use ( $only_tag ) {
				return in_array( $only_tag, isset( $item['tags'] ) ? $item['tags'] : array(), true );
			}
		)
	);
}
// A photo credit with a link in it, as captions often are.
$caption_html = array(
	'traffic-violence-is-up-policing-isnt-the-answer' => 'Photo by Michael Förtsch / <a href="https://unsplash.com/">Unsplash</a>',
);
// Texas posts: in Blog and Texas, and one in Texas only (a category the default mapping does not know).
$texas_only = array( 'lptx-chapter-manager-witnesses-dehumanizing-operation-lone-star-at-texas-mexico-border' );
// A press release with a featured image that has neither alt text nor caption.
$bare_images = array( 'electeds-oppose-eats-act' => 'https://localprogress.org/wp-content/uploads/2024/04/eats-act-letter-signers.jpg' );

$manifest = array(
	'wordpress'  => get_bloginfo( 'version' ),
	'home'       => home_url( '/' ),
	'categories' => $category_ids,
	'posts'      => array(),
	'statements' => array(),
);

foreach ( $feed['items'] as $item ) {
	$lp    = $item['_localprogress'];
	$kind  = $lp['kind'];
	$slug  = lp_slug_of( $item['id'] );
	$tags  = isset( $item['tags'] ) ? $item['tags'] : array();
	$gmt   = gmdate( 'Y-m-d H:i:s', strtotime( $item['date_published'] ) );
	$local = get_date_from_gmt( $gmt );

	$categories = array( $category_ids[ $kind_categories[ $kind ][1] ] );
	if ( in_array( 'texas', $tags, true ) ) {
		$categories = in_array( $slug, $texas_only, true ) ? array( $category_ids['texas'] ) : array( $categories[0], $category_ids['texas'] );
	}

	$auto = array_key_exists( $slug, $auto_excerpt_bodies );
	$body = $auto && null !== $auto_excerpt_bodies[ $slug ] ? $auto_excerpt_bodies[ $slug ] : '<p>' . $item['summary'] . "</p>\n";
	$link_out = isset( $item['external_url'] ) ? $item['external_url'] : ( $item['url'] !== $item['id'] ? $item['url'] : null );
	if ( $link_out ) {
		$source = isset( $lp['outlet'] ) ? $lp['outlet'] : wp_parse_url( $link_out, PHP_URL_HOST );
		$body  .= '<p><a href="' . esc_url( add_query_arg( array( 'utm_source' => 'localprogress', 'utm_medium' => 'website' ), $link_out ) ) . '">Read the full story at ' . esc_html( $source ) . " →</a></p>\n";
	}

	$post_id = wp_insert_post(
		array(
			'post_type'     => 'post',
			'post_status'   => 'publish',
			'post_author'   => 1,
			'post_title'    => lp_typed( $item['title'] ),
			'post_name'     => $slug,
			'post_content'  => lp_typed( $body ),
			'post_excerpt'  => $auto ? '' : lp_typed( $item['summary'] ),
			'post_date'     => $local,
			'post_date_gmt' => $gmt,
			'post_category' => $categories,
		),
		true
	);
	if ( is_wp_error( $post_id ) ) {
		lp_fail( "post $slug", $post_id );
	}
	$tag_ids = array();
	foreach ( $tags as $tag ) {
		$tag_ids[] = lp_term( isset( $tag_names[ $tag ] ) ? $tag_names[ $tag ] : ucwords( str_replace( '-', ' ', $tag ) ), $tag, 'post_tag' );
	}
	wp_set_object_terms( $post_id, $tag_ids, 'post_tag' );
	// Media coverage: the outlet and its article as the editor types them in two custom fields
	// (shown in REST by mu-plugins/lp-test-post-types.php), for the publisher's field options.
	if ( $link_out ) {
		update_post_meta( $post_id, 'lp_external_url', $link_out );
		if ( isset( $lp['outlet'] ) ) {
			update_post_meta( $post_id, 'lp_outlet', $lp['outlet'] );
		}
	}

	$media = null;
	if ( isset( $item['image'] ) ) {
		$credit = isset( $lp['image_credit'] ) ? $lp['image_credit'] : '';
		$media  = lp_featured_image(
			$post_id,
			$item['image'],
			isset( $lp['image_alt'] ) ? $lp['image_alt'] : '',
			isset( $caption_html[ $slug ] ) ? $caption_html[ $slug ] : $credit,
			$local,
			$gmt
		);
		$media['credit'] = $credit;
	} elseif ( isset( $bare_images[ $slug ] ) ) {
		$media           = lp_featured_image( $post_id, $bare_images[ $slug ], '', '', $local, $gmt );
		$media['credit'] = '';
	}

	$manifest['posts'][] = array(
		'feedId'     => $item['id'],
		'id'         => $post_id,
		'slug'       => get_post_field( 'post_name', $post_id ),
		'kind'       => $kind,
		'categories' => wp_get_post_categories( $post_id, array( 'fields' => 'slugs' ) ),
		'link'       => get_permalink( $post_id ),
		'excerpt'    => $auto ? 'auto' : 'manual',
		'media'      => $media,
	);
}

// Two posts of the custom post type: one in a mapped category, one in none.
$statements = array(
	array( 'after-grants-pass-organizing-to-house-all-our-neighbors', array( $category_ids['press-releases'] ) ),
	array( 'electeds-oppose-eats-act', array() ),
);
foreach ( $statements as list( $slug, $categories ) ) {
	// A site seeded with part of the feed (the chapter site) has only the statements it holds.
	if ( ! in_array( $slug, array_map( 'lp_slug_of', array_column( $feed['items'], 'id' ) ), true ) ) {
		continue;
	}
	$item = $by_slug[ $slug ];
	$gmt  = gmdate( 'Y-m-d H:i:s', strtotime( $item['date_published'] ) );
	$id   = wp_insert_post(
		array(
			'post_type'     => 'lp_statement',
			'post_status'   => 'publish',
			'post_author'   => 1,
			'post_title'    => 'Statement: ' . lp_typed( $item['title'] ),
			'post_content'  => '<p>' . lp_typed( $item['summary'] ) . '</p>',
			'post_date'     => get_date_from_gmt( $gmt ),
			'post_date_gmt' => $gmt,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		lp_fail( "statement $slug", $id );
	}
	wp_set_object_terms( $id, $categories, 'category' );
	$manifest['statements'][] = array(
		'id'         => $id,
		'feedId'     => $item['id'],
		'categories' => wp_get_post_categories( $id, array( 'fields' => 'slugs' ) ),
		'link'       => get_permalink( $id ),
	);
}

// A post of the type without show_in_rest: it exists, but has no REST endpoint.
wp_insert_post( array( 'post_type' => 'lp_internal', 'post_status' => 'publish', 'post_title' => 'Internal note' ) );

file_put_contents( $manifest_file, wp_json_encode( $manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
printf( "Seeded %d posts (%d with a featured image) and %d statements\n", count( $manifest['posts'] ), count( array_filter( array_column( $manifest['posts'], 'media' ) ) ), count( $manifest['statements'] ) );

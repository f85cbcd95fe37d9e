<?php
/**
 * Settings → Local Progress widgets: the default endpoint, the category → kind mapping and the
 * cacheable REST headers. Saved through the Settings API (options.php), so WordPress checks
 * the `manage_options` capability and the form's nonce.
 *
 * @package LocalProgress\Widgets
 */

namespace LocalProgress\Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The national feed: the default endpoint. */
const NATIONAL_ENDPOINT = 'https://localprogress.org/feed.json';
/** The settings page's slug (options-general.php?page=…). */
const SETTINGS_PAGE = 'local-progress-widgets';

/** The settings, with defaults for what was never saved. */
function get_settings() {
	$saved = get_option( OPTION, array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'endpoint'     => 'national',
			'endpoint_url' => '',
			'kinds'        => '',
			'rest_cache'   => false,
		)
	);
}

/**
 * This site's own posts as an endpoint: the REST API URL that asks only for what the widgets
 * read (`_links` kept, or WordPress embeds nothing).
 */
function site_endpoint() {
	return add_query_arg(
		array(
			'_embed'   => 'wp:featuredmedia,wp:term',
			'per_page' => 100,
			'_fields'  => 'id,date_gmt,link,title,excerpt,type,_links,_embedded',
		),
		rest_url( 'wp/v2/posts' )
	);
}

/** The endpoint a widget without its own `src` reads. */
function default_endpoint() {
	$settings = get_settings();
	if ( 'site' === $settings['endpoint'] ) {
		return site_endpoint();
	}
	if ( 'custom' === $settings['endpoint'] && $settings['endpoint_url'] ) {
		return $settings['endpoint_url'];
	}
	return NATIONAL_ENDPOINT;
}

/** The category → kind mapping: the defaults with the site's own pairs on top. */
function kind_map() {
	return array_merge( DEFAULT_KINDS, parse_kind_map( get_settings()['kinds'] ) );
}

/** Registers the option with its sanitizer, and the page's sections and fields. */
function register_settings() {
	register_setting(
		'lp_widgets',
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'lp_widgets_endpoint', __( 'Where the widgets read', 'local-progress-widgets' ), '__return_false', SETTINGS_PAGE );
	add_settings_field( 'lp_widgets_endpoint', __( 'Default endpoint', 'local-progress-widgets' ), __NAMESPACE__ . '\\field_endpoint', SETTINGS_PAGE, 'lp_widgets_endpoint' );
	add_settings_field(
		'lp_widgets_kinds',
		__( 'Categories and kinds', 'local-progress-widgets' ),
		__NAMESPACE__ . '\\field_kinds',
		SETTINGS_PAGE,
		'lp_widgets_endpoint',
		array( 'label_for' => 'lp-widgets-kinds' )
	);
	add_settings_section( 'lp_widgets_rest', __( 'This site as an endpoint', 'local-progress-widgets' ), '__return_false', SETTINGS_PAGE );
	add_settings_field( 'lp_widgets_rest_cache', __( 'Cacheable REST answers', 'local-progress-widgets' ), __NAMESPACE__ . '\\field_rest_cache', SETTINGS_PAGE, 'lp_widgets_rest' );
}

/**
 * Keeps only valid values: a known endpoint choice, an http(s) URL, `slug=kind` pairs with a
 * known kind, a boolean.
 *
 * @param mixed $input What the form posted.
 * @return array
 */
function sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array(
		'endpoint'     => isset( $input['endpoint'] ) && in_array( $input['endpoint'], array( 'national', 'site', 'custom' ), true ) ? $input['endpoint'] : 'national',
		'endpoint_url' => '',
		'kinds'        => isset( $input['kinds'] ) && is_string( $input['kinds'] ) ? format_kind_map( parse_kind_map( sanitize_textarea_field( $input['kinds'] ) ) ) : '',
		'rest_cache'   => ! empty( $input['rest_cache'] ),
	);
	if ( isset( $input['endpoint_url'] ) && is_string( $input['endpoint_url'] ) ) {
		$clean['endpoint_url'] = (string) sanitize_url_value( $input['endpoint_url'] );
	}
	if ( 'custom' === $clean['endpoint'] && '' === $clean['endpoint_url'] ) {
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( OPTION, 'lp_widgets_endpoint_url', __( 'The endpoint must be an http or https URL. The national feed is used until you give one.', 'local-progress-widgets' ) );
		}
		$clean['endpoint'] = 'national';
	}
	return $clean;
}

/** Adds Settings → Local Progress widgets, for users who may manage options. */
function add_settings_page() {
	add_options_page(
		__( 'Local Progress widgets', 'local-progress-widgets' ),
		__( 'Local Progress widgets', 'local-progress-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\\render_settings_page'
	);
}

/** A "Settings" link on the Plugins screen. */
function settings_link( $links ) {
	$url = admin_url( 'options-general.php?page=' . SETTINGS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'local-progress-widgets' ) . '</a>' );
	return $links;
}

/** The settings page. */
function render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Blocks and shortcodes without their own feed URL read the default endpoint. The page shows the items as a plain list of links until the widget loads, from a copy the server keeps for five minutes.', 'local-progress-widgets' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'lp_widgets' );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/** The endpoint choice: the national feed, this site, or a URL. */
function field_endpoint() {
	$settings = get_settings();
	$choices  = array(
		'national' => sprintf(
			/* translators: %s: the national feed's URL. */
			__( 'The national Local Progress feed (%s)', 'local-progress-widgets' ),
			NATIONAL_ENDPOINT
		),
		'site'     => __( 'This site’s own posts (its REST API)', 'local-progress-widgets' ),
		'custom'   => __( 'Another feed URL:', 'local-progress-widgets' ),
	);
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Default endpoint', 'local-progress-widgets' ) . '</legend>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="%1$s[endpoint]" value="%2$s" %3$s> %4$s</label><br>',
			esc_attr( OPTION ),
			esc_attr( $value ),
			checked( $settings['endpoint'], $value, false ),
			esc_html( $label )
		);
	}
	printf(
		'<label for="lp-widgets-endpoint-url" class="screen-reader-text">%1$s</label><input type="url" class="regular-text code" id="lp-widgets-endpoint-url" name="%2$s[endpoint_url]" value="%3$s" placeholder="https://example.org/feed.json">',
		esc_html__( 'Feed URL', 'local-progress-widgets' ),
		esc_attr( OPTION ),
		esc_attr( $settings['endpoint_url'] )
	);
	echo '<p class="description">' . esc_html__( 'A JSON Feed with Local Progress fields, or a WordPress REST posts URL with _embed.', 'local-progress-widgets' ) . ' ';
	/* translators: %s: this site's REST API URL for the widgets. */
	echo esc_html( sprintf( __( 'This site’s URL: %s', 'local-progress-widgets' ), site_endpoint() ) ) . '</p>';
	echo '</fieldset>';
}

/** The category → kind mapping, for WordPress REST sources. */
function field_kinds() {
	$settings = get_settings();
	printf(
		'<input type="text" class="large-text code" id="lp-widgets-kinds" name="%1$s[kinds]" value="%2$s" placeholder="coverage=news, statements=press-release" aria-describedby="lp-widgets-kinds-help">',
		esc_attr( OPTION ),
		esc_attr( $settings['kinds'] )
	);
	echo '<p class="description" id="lp-widgets-kinds-help">' . esc_html__( 'For WordPress sources: category slug = kind (news, press-release or blog), separated by commas. These come on top of the defaults: in-the-news, news and media-coverage are news; press-releases and press-release are press releases; anything else is a blog post.', 'local-progress-widgets' ) . '</p>';
}

/** The checkbox for Cache-Control and ETag on this site's REST answers. */
function field_rest_cache() {
	$settings = get_settings();
	printf(
		'<label><input type="checkbox" name="%1$s[rest_cache]" value="1" %2$s> %3$s</label>',
		esc_attr( OPTION ),
		checked( (bool) $settings['rest_cache'], true, false ),
		esc_html__( 'Send Cache-Control and an ETag with the anonymous REST answers the widgets read (/wp/v2/posts)', 'local-progress-widgets' )
	);
	echo '<p class="description">' . esc_html__( 'WordPress sends neither on its own, so every visit of every partner page reaches PHP and the database. With them a CDN or browser cache can answer. Logged-in requests are left alone.', 'local-progress-widgets' ) . '</p>';
	if ( function_exists( 'lp_widgets_cacheable_route' ) ) {
		echo '<p class="description">' . esc_html__( 'The “cacheable feed” must-use plugin is installed too: it does the same, and can be removed.', 'local-progress-widgets' ) . '</p>';
	}
}

<?php
/**
 * Plugin Name: Test site: what the plugin tests add
 * Description: Only on the throw-away test site (a must-use plugin copied by run.sh).
 * - "Articles" (`lp_plugin_article`, REST base `articles`), a post type with the capabilities of
 *   posts, so an Author may publish them: the plugin tests' pages live there, and the posts
 *   collection the other tests count stays as seeded.
 * - With ?lp_probe=1 a front-end page loads plugin-probe.js first thing in its head: it records
 *   the widgets' events, errors and layout shifts, and answers the test page that frames it
 *   (test/wordpress/plugin.test.ts).
 */
add_action(
	'init',
	function () {
		register_post_type(
			'lp_plugin_article',
			array(
				'label'           => 'Articles',
				'public'          => true,
				'show_in_rest'    => true,
				'rest_base'       => 'articles',
				'rewrite'         => array( 'slug' => 'articles' ),
				'capability_type' => 'post',
				'map_meta_cap'    => true,
				'supports'        => array( 'title', 'editor', 'author', 'excerpt' ),
			)
		);
	}
);

add_action(
	'wp_head',
	function () {
		if ( isset( $_GET['lp_probe'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			echo '<script src="' . esc_url( content_url( 'lp-test/plugin-probe.js' ) ) . '"></script>' . "\n";
		}
	},
	0
);

<?php
/**
 * Plugin Name: Test site: a custom post type
 * Description: Only on the throw-away test site. "Statements" (`lp_statement`) is shown in
 * the REST API at /wp-json/wp/v2/statements and shares the post categories and tags, as a
 * partner site's own post type would be set up for the widgets; "Internal notes"
 * (`lp_internal`) is not shown in REST (no `show_in_rest`), so it has no endpoint at all.
 */
add_action(
	'init',
	function () {
		register_post_type(
			'lp_statement',
			array(
				'label'        => 'Statements',
				'public'       => true,
				'show_in_rest' => true,
				'rest_base'    => 'statements',
				'rewrite'      => array( 'slug' => 'statements' ),
				'supports'     => array( 'title', 'editor', 'excerpt', 'thumbnail' ),
				'taxonomies'   => array( 'category', 'post_tag' ),
			)
		);
		register_post_type(
			'lp_internal',
			array(
				'label'    => 'Internal notes',
				'public'   => true,
				'supports' => array( 'title', 'editor' ),
			)
		);
	}
);

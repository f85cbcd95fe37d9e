// The floor: the naive hand-written embed. Fetch the feed, keep the first ten news items, set
// innerHTML. No escaping, no cache, no loading or error state, no space reserved: the least
// code that shows the same ten items.
(function () {
  var list = document.getElementById('lp-floor');
  fetch(list.dataset.src)
    .then(function (response) {
      return response.json();
    })
    .then(function (feed) {
      list.innerHTML = feed.items
        .filter(function (item) {
          return item._localprogress && item._localprogress.kind === 'news';
        })
        .slice(0, 10)
        .map(function (item) {
          var lp = item._localprogress;
          return (
            '<li><img src="' + item.image + '" alt="" width="224"><p>' + lp.outlet + '</p>' +
            '<h3><a href="' + item.url + '">' + item.title + '</a></h3>' +
            '<time>' + new Date(item.date_published).toLocaleDateString() + '</time>' +
            '<p>' + item.summary + '</p></li>'
          );
        })
        .join('');
    });
})();

/**
 * Server-rendered HTML pages. {@link org.chokepoint.server.page.Html} escapes every text and attribute;
 * {@link org.chokepoint.server.page.Layout} is the shared frame. Pages carry no inline script or style
 * (the Content-Security-Policy forbids both); the one script, the network view, is a static file.
 */
package org.chokepoint.server.page;

// Kept out of index.html so the page runs under a Content-Security-Policy without inline scripts.
window.ui = SwaggerUIBundle({ url: "/swagger/touchstone-1.yml", dom_id: "#swagger-ui", deepLinking: true });

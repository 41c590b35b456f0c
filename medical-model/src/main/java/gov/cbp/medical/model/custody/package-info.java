/** The custody episode: book-in, transfers, hold-room placements, book-out, and the custody events that bear on health (TEDS, TVPRA). */
package gov.cbp.medical.model.custody;

/**
 * The catalog as the matching engine reads it. The bundled catalog (issue 4, built by the catalog
 * helper) produces apps with at least these fields; extra fields are ignored here.
 */
export interface CatalogApp {
  /** Stable slug, e.g. `zoom`. */
  id: string;
  /** Canonical name, e.g. `Zoom Workplace`. */
  name: string;
  /** The company, e.g. `Zoom`. Several apps may share a vendor (Slack and Tableau: Salesforce). */
  vendor: string;
  /** Primary domain first, e.g. `['zoom.us', 'zoom.com']`. */
  domains: string[];
  /**
   * Other names: former brands, legal entity names, card-statement billing names (raw descriptors such
   * as `PAYPAL *HUBSPOT` are fine: they are normalised like card text when the index is built),
   * identity-provider gallery names.
   */
  aliases: string[];
  /** Tandem category slug. */
  category: string;
}

export interface CatalogInput {
  apps: CatalogApp[];
}

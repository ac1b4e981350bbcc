/**
 * Who states a figure, for the rules that depend on it: a fiscal year
 * ("FY2022-23" is July–June for Pakistan, April–March for India) and an
 * ambiguous currency word ("rupees", "Rs", "dollars", "dinar"). Economy A is
 * the one the statement speaks for; economy B is its partner.
 */
export interface StatedBy {
  economyA?: string | null;
  economyB?: string | null;
}

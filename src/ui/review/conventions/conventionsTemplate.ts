/** What the editor starts with: one example of each way to declare a convention. */
export const CONVENTIONS_TEMPLATE = `{
  "conventions": {
    "campaign": {
      "pattern": "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]",
      "severity": "warning",
      "message": "Campaigns are named Region_Product_Quarter, e.g. Europe_Loans_Q3."
    },
    "callingList": {
      "prefix": "CL_",
      "style": "UPPER_SNAKE",
      "severity": "error"
    }
  }
}
`;

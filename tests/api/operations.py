"""GraphQL operations the personas send, shared by the API tests."""

LOGIN = """
mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { token expiresAt user { id role } }
}
"""
CREATE_PARK = "mutation($i: ParkInput!) { createPark(input: $i) { id name code } }"
CREATE_BANK = "mutation($i: BankInput!) { createBank(input: $i) { id name code } }"
CREATE_USER = "mutation($i: CreateUserInput!) { createUser(input: $i) { id username role } }"
DEACTIVATE_USER = "mutation($id: ID!) { deactivateUser(id: $id) { id active } }"
REACTIVATE_USER = "mutation($id: ID!) { reactivateUser(id: $id) { id active } }"
CHANGE_PASSWORD = """
mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }
"""
RELEASE_CREDIT_CODE = """
mutation($id: ID!, $r: String!) {
  releaseCreditCode(companyId: $id, reason: $r) { id uscc creditCodeReleasedAt verified }
}
"""
REGISTER_COMPANY = """
mutation($i: RegisterCompanyInput!) {
  registerCompany(input: $i) { token user { id role company { id name uscc verified } } }
}
"""
VERIFY_COMPANY = "mutation($id: ID!) { verifyCompany(id: $id) { id verified } }"
UPDATE_COMPANY = """
mutation($id: ID!, $i: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $i) { id name employees }
}
"""
POST_FINANCING_NEED = """
mutation($i: FinancingNeedInput!) {
  postFinancingNeed(input: $i) {
    id status amount termMonths maxAnnualRate collateral company { id }
  }
}
"""
POST_HIRING_NEED = """
mutation($i: HiringNeedInput!) {
  postHiringNeed(input: $i) { id status title headcount skills salaryMin salaryMax }
}
"""
WITHDRAW_FINANCING_NEED = "mutation($id: ID!) { withdrawFinancingNeed(id: $id) { id status } }"
WITHDRAW_HIRING_NEED = "mutation($id: ID!) { withdrawHiringNeed(id: $id) { id status } }"
LIST_PRODUCT = """
mutation($i: CreditProductInput!) {
  listCreditProduct(input: $i) {
    id name active quotaCount remainingQuotaCount remainingQuotaAmount bank { id } parks { id }
  }
}
"""
UPDATE_PRODUCT = """
mutation($id: ID!, $i: CreditProductInput!) {
  updateCreditProduct(id: $id, input: $i) { id name quotaCount remainingQuotaCount }
}
"""
RETIRE_PRODUCT = "mutation($id: ID!) { retireCreditProduct(id: $id) { id active } }"
CREATE_DRIVE = """
mutation($i: RecruitmentDriveInput!) {
  createRecruitmentDrive(input: $i) {
    id title date boothCapacity remainingBooths status park { id }
  }
}
"""
UPDATE_DRIVE = """
mutation($id: ID!, $i: RecruitmentDriveInput!) {
  updateRecruitmentDrive(id: $id, input: $i) { id title boothCapacity }
}
"""
CLOSE_DRIVE = "mutation($id: ID!) { closeRecruitmentDrive(id: $id) { id status } }"
PROPOSE = """
mutation($park: ID!, $kind: MatchKind!, $dry: Boolean, $w: [WeightInput!]) {
  proposeMatches(parkId: $park, kind: $kind, dryRun: $dry, weights: $w) {
    id kind dryRun weights { name value }
    figures { needs targets eligiblePairs matched totalScore solver exact gap buildMs solveMs }
    proposals(first: 100) {
      totalCount
      edges { node {
        id status score amount reasons breakdown { name value weight }
        company { id } need { id } hiringNeeds { id } product { id } drive { id }
      } }
    }
    unmatched { company { id } need { id } reason blockingRules { rule targets } }
  }
}
"""
CONFIRM = "mutation($id: ID!) { confirmProposal(id: $id) { id status decidedBy { username } } }"
CONFIRM_MANY = "mutation($ids: [ID!]!) { confirmProposals(ids: $ids) { id status } }"
REJECT = """
mutation($id: ID!, $r: String!) { rejectProposal(id: $id, reason: $r) { id status decisionNote } }
"""
PREAUTHORISE = """
mutation($p: ID!) {
  updateParkSettings(parkId: $p, input: { preauthorisedDisclosure: true }) {
    preauthorisedDisclosure
  }
}
"""
CONSENT = "mutation($id: ID!) { consentToProposal(id: $id) { id status consent { status } } }"
DECLINE = """
mutation($id: ID!, $r: String!) {
  declineProposal(id: $id, reason: $r) { id status outcomeNote consent { status } }
}
"""
LOAN_OUTCOME = """
mutation($id: ID!, $d: Boolean!, $a: Decimal, $n: String) {
  recordLoanOutcome(proposalId: $id, disbursed: $d, amount: $a, note: $n) {
    id status outcomeAmount outcomeNote
  }
}
"""
HIRING_OUTCOME = """
mutation($id: ID!, $h: Int!, $n: String) {
  recordHiringOutcome(proposalId: $id, hires: $h, note: $n) { id status hires }
}
"""
PARK_STATS = """
query($park: ID!, $since: Date, $until: Date) {
  parkStats(parkId: $park, since: $since, until: $until) {
    needsPosted needsMatched needsFulfilled needsWithdrawn resolutionRate medianHoursToConfirm
    financingRequested financingConfirmed financingDisbursed loansPartlyDisbursed
    financingUndisbursed headcountRequested hiresRecorded
    proposalsByStatus { status count }
  }
}
"""

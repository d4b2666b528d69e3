"""The domain's enums as GraphQL enums (values as in DOMAIN.md)."""

import strawberry

from server import standards

Role = strawberry.enum(standards.Role)
SizeClass = strawberry.enum(standards.SizeClass)
Collateral = strawberry.enum(standards.Collateral)
TechDesignation = strawberry.enum(standards.TechDesignation)
RoleCategory = strawberry.enum(standards.RoleCategory)
Education = strawberry.enum(standards.Education)
MatchKind = strawberry.enum(standards.MatchKind)
NeedStatus = strawberry.enum(standards.NeedStatus)
ProposalStatus = strawberry.enum(standards.ProposalStatus)
DriveStatus = strawberry.enum(standards.DriveStatus)
RoundState = strawberry.enum(standards.RoundState)
RoundStage = strawberry.enum(standards.RoundStage)
RateBasis = strawberry.enum(standards.RateBasis)
ServiceClock = strawberry.enum(standards.ServiceClock)
ConsentStatus = strawberry.enum(standards.ConsentStatus)

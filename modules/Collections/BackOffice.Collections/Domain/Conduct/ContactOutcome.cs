namespace BackOffice.Collections.Domain.Conduct;

public enum ContactOutcome
{
    Pending,
    NoAnswer,

    /// <summary>The call never reached the dialled number (network, busy signal): Reg F does not count it.</summary>
    NotConnected,
    RightParty,
    ThirdParty,
    WrongNumber,
    PromiseToPay,
    Refused,
    DisputeRaised,
    Hardship,

    /// <summary>An SMS or letter sent from an approved template.</summary>
    MessageSent,

    /// <summary>A field visit that took the vehicle back, under an approval that allowed it.</summary>
    VehicleRepossessed,
}

namespace BackOffice.Origination.Domain.Products;

public enum VehicleCondition
{
    New,
    Used,
}

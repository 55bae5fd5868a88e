module <%- go.modulePath %>

go 1.19
